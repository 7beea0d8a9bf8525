// Medvind's chat page. The token stays on this device; nothing typed is lost:
// the draft is kept while typing, and a message that fails to send stays with
// "Försök igen" (retried with the same id, so the answer is never stored twice).
"use strict";

const TOKEN_KEY = "medvind_token";
const DRAFT_KEY = "medvind_draft";
const OUTBOX_KEY = "medvind_outbox"; // messages typed without a network, sent when it returns
const PLAN_KEY = "medvind_plan"; // the client's own plan for hard days, readable without a network
const BOT_PAUSE_MS = 450; // the bot's messages arrive one at a time

const log = document.getElementById("log");
const typing = document.getElementById("typing");
const composer = document.getElementById("composer");
const input = document.getElementById("message");

let botQueue = Promise.resolve();

function newId() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
}

async function api(path, options = {}) {
  const headers = Object.assign({ "Content-Type": "application/json" }, options.headers || {});
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = "Bearer " + token;
  return fetch(path, Object.assign({}, options, { headers }));
}

async function ensureSession() {
  if (localStorage.getItem(TOKEN_KEY)) return false;
  const response = await fetch("/api/session", { method: "POST" });
  if (!response.ok) throw new Error("session");
  localStorage.setItem(TOKEN_KEY, (await response.json()).client_token);
  return true;
}

function clearButtons() {
  for (const group of log.querySelectorAll(".buttons")) group.remove();
}

function addBubble(who, text) {
  const li = document.createElement("li");
  li.className = who;
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  li.appendChild(body);
  if (who === "bot" && text) addReadAloud(li, text);
  log.appendChild(li);
  li.scrollIntoView({ block: "end" });
  return li;
}

// "Läs upp": the phone's own speech synthesis reads a message aloud in Swedish;
// nothing leaves the phone. A second tap, or another message, stops it.
function addReadAloud(li, text) {
  if (!("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "speak";
  button.textContent = "Läs upp";
  button.setAttribute("aria-label", "Läs upp meddelandet");
  button.addEventListener("click", () => {
    const speaking = window.speechSynthesis.speaking && button.getAttribute("aria-pressed") === "true";
    window.speechSynthesis.cancel();
    for (const other of log.querySelectorAll(".speak[aria-pressed='true']")) other.setAttribute("aria-pressed", "false");
    if (speaking) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "sv-SE";
    const swedish = window.speechSynthesis.getVoices().find((v) => v.lang && v.lang.toLowerCase().startsWith("sv"));
    if (swedish) utterance.voice = swedish;
    utterance.onend = () => button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    window.speechSynthesis.speak(utterance);
  });
  li.appendChild(button);
}

const CALENDAR_PAYLOAD = "/add_to_calendar";

function addButtons(li, buttons) {
  if (!buttons || !buttons.length) return;
  const group = document.createElement("div");
  group.className = "buttons";
  for (const b of buttons) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = b.title;
    // the calendar file is fetched here, with the client's token; nothing goes to the bot
    button.addEventListener("click", () => (b.payload === CALENDAR_PAYLOAD
      ? downloadCalendar().then((said) => addBubble("bot", said))
      : send(b.payload, b.title)));
    group.appendChild(button);
  }
  li.appendChild(group);
}

function showBotMessages(messages) {
  botQueue = botQueue.then(async () => {
    for (const m of messages) {
      typing.hidden = false;
      await new Promise((resolve) => setTimeout(resolve, BOT_PAUSE_MS));
      typing.hidden = true;
      const li = addBubble("bot", m.text);
      addButtons(li, m.buttons);
    }
  });
  return botQueue;
}

// The line under a message of the client's that says what became of it.
function statusLine(li, text) {
  let status = li.querySelector(".status");
  if (!status) {
    status = document.createElement("span");
    status.className = "status";
    status.setAttribute("role", "status");
    li.appendChild(status);
  }
  status.textContent = text;
  return status;
}

function markFailed(li, retry) {
  li.classList.add("failed");
  const status = statusLine(li, "Kunde inte skickas. ");
  const again = document.createElement("button");
  again.type = "button";
  again.textContent = "Försök igen";
  again.addEventListener("click", () => { status.remove(); li.classList.remove("failed"); retry(); });
  status.appendChild(again);
}

async function deliver(li, message, id) {
  try {
    const response = await api("/api/chat", { method: "POST", body: JSON.stringify({ message, message_id: id }) });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) {
      localStorage.removeItem(TOKEN_KEY);
      await ensureSession();
      return deliver(li, message, id);
    }
    if (!response.ok && response.status !== 503) {
      markFailed(li, () => deliver(li, message, id));
      if (data.error) showBotMessages([{ text: data.error, buttons: [] }]);
      return;
    }
    await showBotMessages(data.messages || []);
  } catch (err) {
    if (!navigator.onLine) { waitForNetwork(li, message, id); return; }
    markFailed(li, () => deliver(li, message, id));
  }
  refreshPlan();
}

// --- without a network --------------------------------------------------------
function outbox() {
  try { return JSON.parse(localStorage.getItem(OUTBOX_KEY) || "[]"); } catch (err) { return []; }
}

function waitForNetwork(li, message, id) {
  const waiting = outbox();
  if (!waiting.some((m) => m.id === id)) waiting.push({ message, id, shown: li.querySelector(".text").textContent });
  localStorage.setItem(OUTBOX_KEY, JSON.stringify(waiting));
  li.dataset.waitingId = id;
  li.classList.add("waiting");
  statusLine(li, "Inget nät just nu. Skickas av sig själv när du har nät igen.");
}

async function sendWaiting() {
  for (const m of outbox()) { // one at a time, in the order typed, each with its own id
    if (!navigator.onLine) return;
    const li = log.querySelector(`li[data-waiting-id="${m.id}"]`) || addBubble("me", m.shown);
    li.classList.remove("waiting");
    li.querySelector(".status")?.remove();
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(outbox().filter((w) => w.id !== m.id)));
    await ensureSession();
    await deliver(li, m.message, m.id);
  }
}

window.addEventListener("online", () => { sendWaiting(); });

function showPlan() {
  let plan = null;
  try { plan = JSON.parse(localStorage.getItem(PLAN_KEY) || "null"); } catch (err) { plan = null; }
  const panel = document.getElementById("plan");
  const body = document.getElementById("plan-body");
  if (!plan || !plan.items || !plan.items.length) { panel.hidden = true; return; }
  body.replaceChildren();
  for (const item of plan.items) {
    const q = document.createElement("p");
    q.className = "q";
    q.textContent = item.question;
    const a = document.createElement("blockquote");
    a.textContent = item.answer;
    body.append(q, a);
  }
  panel.hidden = false;
}

let planFetchedAt = 0;
const PLAN_REFRESH_MS = 30000; // not a second request on every turn

async function refreshPlan(now = false) {
  if (!localStorage.getItem(TOKEN_KEY) || !navigator.onLine) return;
  if (!now && Date.now() - planFetchedAt < PLAN_REFRESH_MS) return;
  planFetchedAt = Date.now();
  try {
    const response = await api("/api/me/plan");
    if (!response.ok) return;
    localStorage.setItem(PLAN_KEY, JSON.stringify(await response.json()));
    showPlan();
  } catch (err) { /* offline: the plan kept on the device stays */ }
}

function forgetOnThisDevice() {
  for (const key of [TOKEN_KEY, DRAFT_KEY, OUTBOX_KEY, PLAN_KEY]) localStorage.removeItem(key);
  showPlan();
}

async function send(message, shownAs) {
  clearButtons();
  const li = addBubble("me", shownAs || message);
  try {
    await ensureSession();
  } catch (err) {
    markFailed(li, () => send(message, shownAs));
    return;
  }
  await deliver(li, message, newId());
}

composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  localStorage.removeItem(DRAFT_KEY);
  send(text);
  input.focus();
});

input.addEventListener("input", () => localStorage.setItem(DRAFT_KEY, input.value));
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    composer.requestSubmit();
  }
});

for (const shortcut of document.querySelectorAll("[data-send]")) {
  shortcut.addEventListener("click", () => send(shortcut.dataset.send, shortcut.dataset.title));
}

document.getElementById("plan-link").addEventListener("click", () => {
  const panel = document.getElementById("plan");
  if (!panel.hidden) panel.open = true;
});

document.getElementById("urgent-link").addEventListener("click", () => {
  const panel = document.getElementById("akut");
  panel.classList.add("open");
  panel.focus();
});

// --- Mina uppgifter ---------------------------------------------------------
const mineResult = document.getElementById("mine-result");

document.getElementById("export").addEventListener("click", async () => {
  const response = await api("/api/me/export");
  if (!response.ok) { mineResult.textContent = "Det gick inte att hämta dina uppgifter just nu."; return; }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "medvind-mina-uppgifter.json";
  link.click();
  mineResult.textContent = "Dina uppgifter är nedladdade.";
});

// The client's steps with a date and their check-in reminder, as a file the phone's
// own calendar opens (GET /api/me/calendar.ics); returns what to tell the client.
async function downloadCalendar() {
  const response = await api("/api/me/calendar.ics");
  if (!response.ok) return "Det gick inte att hämta kalenderfilen just nu. Försök igen om en stund.";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "medvind-steg.ics";
  link.click();
  return "Kalenderfilen är nedladdad. Öppna den, så läggs dina steg med ett datum och dina påminnelser in i kalendern.";
}

document.getElementById("calendar").addEventListener("click", async () => {
  mineResult.textContent = await downloadCalendar();
});

document.getElementById("device-code").addEventListener("click", async () => {
  const out = document.getElementById("device-code-result");
  const response = await api("/api/me/device-code", { method: "POST" });
  if (!response.ok) { out.textContent = "Det gick inte att skapa en kod just nu."; return; }
  const data = await response.json();
  out.textContent = `Din kod: ${data.code}. Skriv den under "Mina uppgifter" på den andra enheten inom ${data.expires_in_minutes} minuter. Koden visas bara nu och fungerar en gång.`;
});

document.getElementById("claim").addEventListener("submit", async (event) => {
  event.preventDefault();
  const out = document.getElementById("claim-result");
  const code = document.getElementById("claim-code").value;
  const response = await fetch("/api/session/claim", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) { out.textContent = data.error || "Koden fungerade inte."; return; }
  localStorage.setItem(TOKEN_KEY, data.client_token);
  out.textContent = "Klart! Du fortsätter nu ditt samtal här.";
  log.replaceChildren();
  await loadHistory();
});

document.getElementById("forget").addEventListener("click", async () => {
  if (!confirm("Glömma dig på den här enheten? Dina svar finns kvar om du har en annan enhet kopplad. Annars kommer du inte åt dem igen härifrån.")) return;
  await api("/api/session", { method: "DELETE" }).catch(() => null);
  forgetOnThisDevice();
  log.replaceChildren();
  mineResult.textContent = "Den här enheten har glömt dig.";
});

document.getElementById("delete").addEventListener("click", async () => {
  if (!confirm("Radera allt du har skrivit och hela samtalet? Det går inte att ångra.")) return;
  const response = await api("/api/me", { method: "DELETE" });
  if (!response.ok) { mineResult.textContent = "Det gick inte att radera just nu. Försök igen."; return; }
  localStorage.removeItem(PLAN_KEY);
  localStorage.removeItem(OUTBOX_KEY);
  showPlan();
  log.replaceChildren();
  mineResult.textContent = (await response.json()).message;
});

// --- start ------------------------------------------------------------------
async function loadHistory() {
  const response = await api("/api/history");
  if (!response.ok) return false;
  const data = await response.json();
  for (const m of data.messages) {
    const li = addBubble(m.from === "me" ? "me" : "bot", m.text);
    addButtons(li, m.buttons);
  }
  return data.messages.length > 0;
}

async function start() {
  input.value = localStorage.getItem(DRAFT_KEY) || "";
  showPlan();
  if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(() => null);
  if (!navigator.onLine) { // opened without a network: what waits to be sent, the plan and the numbers
    for (const m of outbox()) waitForNetwork(addBubble("me", m.shown), m.message, m.id);
    addBubble("bot", "Du har inget nät just nu. Akut hjälp och din plan för svåra dagar finns här ändå. Det du skriver skickas när du har nät igen.");
    return;
  }
  if (localStorage.getItem(TOKEN_KEY) && (await loadHistory())) { refreshPlan(true); sendWaiting(); return; }
  if (localStorage.getItem(TOKEN_KEY) === null || log.children.length === 0) {
    const li = addBubble("me", "Hej");
    li.hidden = true; // the greeting is the page's, not the client's
    try {
      await ensureSession();
      await deliver(li, "hej", newId());
    } catch (err) {
      li.hidden = false;
      markFailed(li, () => deliver(li, "hej", newId()));
    }
  }
}

start();
