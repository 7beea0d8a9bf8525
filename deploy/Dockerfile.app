# The web app's and the action server's image: Python 3.12 with current
# libraries (README, "Runtimes"). An example: not built on the development
# machine, which has no container registry.
FROM python:3.12-slim
WORKDIR /medvind
COPY requirements-app.txt constraints-app.txt pyproject.toml ./
RUN pip install --no-cache-dir -r requirements-app.txt -c constraints-app.txt
COPY . .
USER 10001
ENTRYPOINT ["python", "-m"]
CMD ["bot", "serve"]
