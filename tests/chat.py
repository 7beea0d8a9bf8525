"""A small client for the chat API, as the phone page uses it."""


class Chat:
    def __init__(self, http, token: str) -> None:
        self.http = http
        self.token = token

    @classmethod
    async def start(cls, http) -> "Chat":
        resp = await http.post("/api/session")
        assert resp.status == 200
        return cls(http, (await resp.json())["client_token"])

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def say(self, message: str) -> list[dict]:
        resp = await self.http.post("/api/chat", json={"message": message}, headers=self.auth)
        assert resp.status == 200, await resp.text()
        return (await resp.json())["messages"]

    async def say_text(self, message: str) -> str:
        return text_of(await self.say(message))

    async def export(self) -> dict:
        resp = await self.http.get("/api/me/export", headers=self.auth)
        assert resp.status == 200
        return await resp.json()

    async def answers(self, module: str) -> dict[str, dict]:
        return {a["question"]: a for a in (await self.export())["answers"] if a["module"] == module}


def text_of(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages)


def button_titles(messages: list[dict]) -> list[str]:
    return [b["title"] for m in messages for b in m["buttons"]]
