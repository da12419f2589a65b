"""The simulated people of the load test (bench/load.py starts Locust with this file).

Visitors read the agenda, search the information point and open the social map; members vote
on the open neighbourhood budget and sign up for the shared meal; volunteers say yes to what
they were asked; coordinators take a phone call (a new question, and ask the best volunteer)
and plan the week. Logged-in people use sessions bench/load.py made beforehand (with a real
second factor for coordinators), passed in the JSON file named by LOAD_PLAN. Several
simulated people share one login, so they vote, sign up and answer at the same moment: the
invariants bench/load.py checks afterwards show that this never counts twice.
"""

import json
import os
import random
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from locust import HttpUser, between, task

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text())
SLUG = PLAN["slug"]


class Forms(HTMLParser):
    """The POST forms of a page: action and the fields a browser would send by default."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "form" and a.get("method", "").lower() == "post":
            self.forms.append({"action": a.get("action", ""), "fields": {}, "choices": {}})
        elif self.forms and tag == "input" and a.get("name"):
            self._input(self.forms[-1], a)
        elif self.forms and tag == "textarea" and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = ""
        elif self.forms and tag == "select" and a.get("name"):
            self._select = a["name"]
        elif self.forms and tag == "option" and self._select:
            self.forms[-1]["choices"].setdefault(self._select, []).append(a.get("value", ""))
            if "selected" in a:
                self.forms[-1]["fields"][self._select] = a.get("value", "")

    @staticmethod
    def _input(form: dict, a: dict[str, str]) -> None:
        kind, name = a.get("type", "text"), a["name"]
        if kind in ("checkbox", "radio"):
            form["choices"].setdefault(name, []).append(a.get("value", "on"))
            if "checked" in a:
                form["fields"][name] = a.get("value", "on")
        elif kind not in ("submit", "button", "file"):
            form["fields"][name] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None

    def with_action(self, pattern: str) -> dict | None:
        return next((f for f in self.forms if re.search(pattern, f["action"])), None)


class Person(HttpUser):
    abstract = True
    wait_time = between(2, 8)  # reading the page before the next click
    role = ""

    def on_start(self) -> None:
        self.client.trust_env = False  # else REQUESTS_CA_BUNDLE would win over verify
        self.client.verify = PLAN["cafile"]
        if self.role:
            host = urlsplit(self.host).hostname
            for name, value in random.choice(PLAN["sessions"][self.role]).items():
                # As the server sets them, so a new value replaces the old one.
                self.client.cookies.set(name, value, domain=host, path="/")

    def page(self, path: str, name: str) -> str:
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
                return ""
            return response.text

    def post(self, action: str, data: dict, name: str) -> str:
        data = {**data, "csrfmiddlewaretoken": self.client.cookies.get("csrftoken", "")}
        headers = {"Referer": self.host + action}
        with self.client.post(action, data, headers=headers, name=name, catch_response=True) as r:
            if r.status_code >= 400:
                r.failure(f"{r.status_code}")
            return r.text


class Visitor(Person):
    weight = 11

    @task(3)
    def agenda(self) -> None:
        self.page(f"/{SLUG}/agenda/", "visitor: agenda")

    @task(3)
    def search(self) -> None:
        term = random.choice(PLAN["search_terms"])
        self.page(f"/{SLUG}/informatie/zoeken/?q={term}", "visitor: search")

    @task(2)
    def social_map(self) -> None:
        self.page(f"/{SLUG}/informatie/", "visitor: information point")

    @task(1)
    def home(self) -> None:
        self.page(f"/{SLUG}/", "visitor: collective home")


class Member(Person):
    weight = 5
    role = "member"

    @task(2)
    def vote(self) -> None:
        path = f"/{SLUG}/inspraak/wijkbudget/{PLAN['budget']}/stemmen/"
        form = Forms(self.page(path, "member: vote page")).with_action("^$")
        if form is None or "approvals" not in form["choices"]:
            return  # voted already
        projects = form["choices"]["approvals"]
        data = form["fields"] | {"approvals": random.sample(projects, random.randint(1, 3))}
        self.post(path, data, "member: vote")

    @task(2)
    def meal(self) -> None:
        path = f"/{SLUG}/keer/{PLAN['meal']}/aanmelden/"
        if Forms(self.page(path, "member: meal page")).with_action("^$"):
            self.post(path, {}, "member: meal sign-up")

    @task(1)
    def own(self) -> None:
        self.page(f"/{SLUG}/mijn-activiteiten/", "member: my activities")


class Volunteer(Person):
    weight = 3
    role = "volunteer"

    @task
    def asked(self) -> None:
        html = self.page(f"/{SLUG}/hulp/mijn-taken/", "volunteer: my tasks")
        for task_id in re.findall(rf"/{SLUG}/hulp/mijn-taken/(\d+)/", html)[:3]:
            page = self.page(f"/{SLUG}/hulp/mijn-taken/{task_id}/", "volunteer: task")
            if 'name="answer" value="yes"' in page:  # asked, not yet answered
                action = f"/{SLUG}/hulp/mijn-taken/{task_id}/antwoord/"
                self.post(action, {"answer": "yes"}, "volunteer: say yes")
                return


class Coordinator(Person):
    weight = 1
    role = "coordinator"

    @task(3)
    def phone_call(self) -> None:
        name = random.choice(PLAN["residents"])
        found = self.page(f"/{SLUG}/hulp/vragen/nieuw/?q={name}", "coordinator: find resident")
        people = re.findall(rf"/{SLUG}/hulp/vragen/nieuw/(\d+)/", found)
        if not people:
            return
        path = f"/{SLUG}/hulp/vragen/nieuw/{people[0]}/"
        form = Forms(self.page(path, "coordinator: question form")).with_action("^$")
        if form is None:
            return
        day = date.today() + timedelta(days=random.randint(2, 12))
        data = form["fields"] | {
            "category": random.choice([c for c in form["choices"]["category"] if c]),
            "channel": "phone",
            "description": "Boodschappen doen, de lijst ligt klaar.",
            "date": day.isoformat(),
            "start_time": "10:00",
            "end_time": "11:30",
        }
        detail = self.post(path, data, "coordinator: take the call")
        ask = Forms(detail).with_action(r"/vrijwilliger-vragen/$")
        if ask:
            self.post(ask["action"], ask["fields"], "coordinator: ask the best volunteer")

    @task(2)
    def dashboard(self) -> None:
        self.page(f"/{SLUG}/hulp/", "coordinator: 1-loket")

    @task(1)
    def plan_week(self) -> None:
        self.page(f"/{SLUG}/hulp/week/", "coordinator: plan the week")
