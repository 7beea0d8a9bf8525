// Minimal client chat: keeps the token on this device and talks to /api/chat.
"use strict";
const log = document.getElementById("log");
const form = document.getElementById("composer");
const input = document.getElementById("message");

async function token() {
  let t = localStorage.getItem("medvind_token");
  if (!t) {
    const r = await fetch("/api/session", { method: "POST" });
    t = (await r.json()).client_token;
    localStorage.setItem("medvind_token", t);
  }
  return t;
}

function show(text, who, buttons) {
  const li = document.createElement("li");
  li.className = who;
  li.textContent = text;
  for (const b of buttons || []) {
    const btn = document.createElement("button");
    btn.type = "button";
    btn.textContent = b.title;
    btn.addEventListener("click", () => send(b.payload, b.title));
    li.appendChild(btn);
  }
  log.appendChild(li);
  li.scrollIntoView({ block: "end" });
}

async function send(message, shown) {
  show(shown || message, "me");
  const r = await fetch("/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + (await token()) },
    body: JSON.stringify({ message }),
  });
  const data = await r.json();
  if (data.error) show(data.error, "bot");
  for (const m of data.messages || []) show(m.text, "bot", m.buttons);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  send(text);
});

if (!localStorage.getItem("medvind_token")) send("hej");
