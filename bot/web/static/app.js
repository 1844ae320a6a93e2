// The Mini App: four views over the bot's API. Every call carries Telegram's signed initData;
// every change goes to the server, which proposes it through the same dispatcher as the chat, and
// is stored only after the person confirms the preview the server sent back.
"use strict";

const webApp = window.Telegram && window.Telegram.WebApp;
const initData = (webApp && webApp.initData) || launchParam("tgWebAppData");
const state = { me: null, view: "semana", around: null, loaded: {} };

function launchParam(name) {
  // Telegram passes the launch data in the address's fragment: #tgWebAppData=...&tgWebAppVersion=...
  const params = new URLSearchParams(window.location.hash.slice(1));
  return params.get(name) || "";
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function api(path, body) {
  const options = { headers: { Authorization: "tma " + initData } };
  if (body !== undefined) {
    options.method = "POST";
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify({ ...body, once: crypto.randomUUID ? crypto.randomUUID() : undefined });
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || "Algo falló (" + response.status + ").");
  return data;
}

function say(text, isError) {
  const box = document.getElementById("message");
  box.textContent = text;
  box.className = isError ? "error" : "";
  box.hidden = !text;
  if (text) window.scrollTo({ top: 0, behavior: "smooth" });
}

function failed(error) { say(error.message, true); }

// -- confirmation: the server's preview, then «sí» or «no» ------------------------------------------

function confirmOrShow(outcome, after) {
  if (!outcome.confirm) {
    say(outcome.text, !outcome.stored);
    if (outcome.stored) after();
    return;
  }
  const sheet = document.getElementById("confirm");
  document.getElementById("preview").textContent = outcome.text;
  sheet.hidden = false;
  const answer = async (yes) => {
    sheet.hidden = true;
    try {
      const result = await api("/api/confirmar", { yes });
      say(result.text, yes && !result.stored);
      if (result.stored) after();
    } catch (error) { failed(error); }
  };
  document.getElementById("confirm-yes").onclick = () => answer(true);
  document.getElementById("confirm-no").onclick = () => answer(false);
}

// -- agenda -----------------------------------------------------------------------------------------

function eventNode(event) {
  const time = event.start ? event.start + (event.end ? "–" + event.end : "") : "Todo el día";
  return el("div", { class: "event" },
    el("span", { class: "time" }, time), event.title,
    event.place ? el("div", { class: "muted" }, event.place) : null,
    event.invitation ? el("span", { class: "badge" }, "invitación") : null);
}

function dayNode(day) {
  return el("div", { class: "day" + (day.today ? " today" : ""), "data-date": day.date },
    el("h3", {}, day.label),
    day.events.length ? day.events.map(eventNode) : el("p", { class: "empty" }, "Sin actividades"));
}

function monthNode(agenda) {
  const grid = el("div", { class: "month" },
    ["lu", "ma", "mi", "ju", "vi", "sá", "do"].map((name) => el("div", { class: "name" }, name)));
  const first = new Date(agenda.days[0].date + "T12:00:00");
  for (let blank = 0; blank < (first.getDay() + 6) % 7; blank++) grid.append(el("div"));
  const detail = el("div", {});
  for (const day of agenda.days) {
    const count = day.events.length;
    grid.append(el("button", {
      class: day.today ? "today" : "", "data-date": day.date,
      onclick: () => { detail.replaceChildren(dayNode(day)); },
    }, String(Number(day.date.slice(8))), count ? el("span", { class: "count" }, String(count)) : null));
  }
  const today = agenda.days.find((day) => day.today);
  if (today) detail.append(dayNode(today));
  return [grid, detail];
}

async function loadAgenda() {
  const query = new URLSearchParams({ vista: state.view });
  if (state.around) query.set("fecha", state.around);
  const agenda = await api("/api/agenda?" + query);
  state.agenda = agenda;
  document.getElementById("period").textContent = agenda.title;
  const calendar = document.getElementById("calendar");
  calendar.replaceChildren(...(agenda.view === "mes" ? monthNode(agenda) : agenda.days.map(dayNode)));
}

// -- invitations ------------------------------------------------------------------------------------

function invitationNode(invitation) {
  const delegate = el("input", { placeholder: "¿Quién va en representación?", "aria-label": "Delegar en" });
  const respond = (response) => async () => {
    try {
      const outcome = await api(`/api/invitaciones/${invitation.id}/respuesta`,
        { response, delegate: delegate.value });
      confirmOrShow(outcome, () => { loadInvitations().catch(failed); state.loaded.agenda = false; });
    } catch (error) { failed(error); }
  };
  const canAnswer = state.me && state.me.can_answer;
  return el("div", { class: "card", "data-id": invitation.id },
    el("div", { class: "title" }, invitation.title),
    invitation.organizer ? el("div", {}, "Invita: " + invitation.organizer) : null,
    el("div", {}, invitation.when + (invitation.place ? " · " + invitation.place : "")),
    el("div", { class: "muted" }, invitation.left),
    canAnswer ? el("div", { class: "row" },
      el("button", { class: "primary", onclick: respond("aceptar") }, "Aceptar"),
      el("button", { onclick: respond("declinar") }, "Declinar")) : null,
    canAnswer ? el("div", { class: "row" }, delegate, el("button", { onclick: respond("delegar") }, "Delegar")) : null);
}

async function loadInvitations() {
  const data = await api("/api/invitaciones");
  const list = document.getElementById("invitation-list");
  list.replaceChildren(...(data.items.length ? data.items.map(invitationNode)
    : [el("p", { class: "empty" }, "No hay invitaciones pendientes de respuesta.")]));
}

// -- complaints board -------------------------------------------------------------------------------

function complaintNode(item, statuses) {
  const select = el("select", { "aria-label": "Nuevo estado de " + item.ticket },
    statuses.map((s) => el("option", { value: s.value, selected: s.value === item.status ? "" : null }, s.name)));
  const comment = el("input", { placeholder: "Comentario (opcional)", "aria-label": "Comentario" });
  const change = async () => {
    try {
      const outcome = await api(`/api/reclamos/${encodeURIComponent(item.ticket)}/estado`,
        { status: select.value, comment: comment.value });
      confirmOrShow(outcome, () => loadBoard().catch(failed));
    } catch (error) { failed(error); }
  };
  const canWrite = state.me && state.me.can_write;
  return el("div", { class: "card" + (item.overdue ? " overdue" : ""), "data-ticket": item.ticket },
    el("div", { class: "title" }, item.ticket + " · ", el("span", { class: "status" }, item.status_name)),
    el("div", {}, item.description),
    item.citizen || item.address ? el("div", { class: "muted" },
      [item.citizen, item.address].filter(Boolean).join(" · ")) : null,
    el("div", { class: "due" }, item.department + " · " + item.due),
    canWrite ? el("div", { class: "row" }, select, el("button", { class: "primary", onclick: change }, "Cambiar")) : null,
    canWrite ? el("div", { class: "row" }, comment) : null);
}

async function loadBoard() {
  const query = new URLSearchParams({ estado: document.getElementById("state").value });
  const department = document.getElementById("department").value;
  if (department) query.set("departamento", department);
  const data = await api("/api/reclamos?" + query);
  let summary = `${data.total} reclamo${data.total === 1 ? "" : "s"}`;
  if (data.overdue) summary += `, ${data.overdue} vencido${data.overdue === 1 ? "" : "s"}`;
  if (data.shown < data.total) summary += ` (se muestran ${data.shown})`;
  document.getElementById("board-summary").textContent = summary;
  const chips = document.getElementById("board-departments");
  if (data.departments) {  // sent with the whole office's board; one department's board keeps them
    chips.replaceChildren(...data.departments.map((d) => el("button", {
      class: "chip" + (d.overdue ? " late" : ""), "data-code": d.code,
      onclick: () => {
        const select = document.getElementById("department");
        select.value = select.value === d.code ? "" : d.code;
        loadBoard().catch(failed);
      },
    }, `${d.name}: ${d.open}` + (d.overdue ? ` (${d.overdue} vencido${d.overdue === 1 ? "" : "s"})` : ""))));
  }
  for (const chip of chips.children) chip.classList.toggle("chosen", chip.dataset.code === department);
  document.getElementById("board").replaceChildren(...(data.items.length
    ? data.items.map((item) => complaintNode(item, data.statuses)) : [el("p", { class: "empty" }, "Ninguno.")]));
}

// -- contacts ---------------------------------------------------------------------------------------

function contactNode(contact) {
  return el("div", { class: "card" },
    el("div", { class: "title" }, contact.name),
    [contact.role, contact.institution].filter(Boolean).length
      ? el("div", {}, [contact.role, contact.institution].filter(Boolean).join(" · ")) : null,
    contact.phone ? el("div", {}, el("a", { href: "tel:" + contact.phone }, contact.phone)) : null,
    contact.email ? el("div", {}, el("a", { href: "mailto:" + contact.email }, contact.email)) : null,
    contact.assistant ? el("div", { class: "muted" }, "Asistente: " + contact.assistant) : null);
}

let searchTimer = null;
async function searchContacts() {
  const text = document.getElementById("search").value.trim();
  const list = document.getElementById("contact-list");
  if (!text) { list.replaceChildren(el("p", { class: "empty" }, "Escriba un nombre, cargo o institución.")); return; }
  const data = await api("/api/contactos?" + new URLSearchParams({ q: text }));
  list.replaceChildren(...(data.items.length ? data.items.map(contactNode)
    : [el("p", { class: "empty" }, `No encontré contactos para «${text}».`)]));
}

// -- tabs and start ---------------------------------------------------------------------------------

const loaders = { agenda: loadAgenda, invitaciones: loadInvitations, reclamos: loadBoard, contactos: searchContacts };

function show(tab) {
  for (const button of document.querySelectorAll("nav button")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  }
  for (const section of document.querySelectorAll(".tab")) section.hidden = section.id !== tab;
  say("");
  if (!state.loaded[tab]) {
    state.loaded[tab] = true;
    loaders[tab]().catch(failed);
  }
}

async function start() {
  if (webApp) { webApp.ready(); webApp.expand(); }
  if (!initData) { say("Abra esta aplicación desde el bot de Telegram.", true); return; }
  try {
    state.me = await api("/api/yo");
  } catch (error) { failed(error); return; }
  document.getElementById("heading").textContent = "Gabinete · " + state.me.municipality;
  document.getElementById("who").textContent = state.me.name + (state.me.can_write ? "" : " (solo consulta)");
  const departments = document.getElementById("department");
  departments.replaceChildren(el("option", { value: "" }, "Todos"),
    ...state.me.departments.map((d) => el("option", { value: d.code }, d.name)),
    el("option", { value: "-" }, "Sin departamento"));
  for (const button of document.querySelectorAll("nav button")) button.onclick = () => show(button.dataset.tab);
  for (const button of document.querySelectorAll(".switch button")) {
    button.onclick = () => {
      state.view = button.dataset.view;
      for (const other of document.querySelectorAll(".switch button")) {
        other.setAttribute("aria-pressed", String(other === button));
      }
      loadAgenda().catch(failed);
    };
  }
  document.getElementById("previous").onclick = () => { state.around = state.agenda.previous; loadAgenda().catch(failed); };
  document.getElementById("next").onclick = () => { state.around = state.agenda.next; loadAgenda().catch(failed); };
  document.getElementById("department").onchange = () => loadBoard().catch(failed);
  document.getElementById("state").onchange = () => loadBoard().catch(failed);
  document.getElementById("search").oninput = () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => searchContacts().catch(failed), 250);
  };
  show("agenda");
}

document.addEventListener("DOMContentLoaded", start);
