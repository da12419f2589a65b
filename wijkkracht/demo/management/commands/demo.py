from typing import Any

from django.core.management.base import BaseCommand

from wijkkracht.demo.load import DEMO_PASSWORD, demo_load


class Command(BaseCommand):
    help = "Load the demo (a village collective and a city federation) once, and print its logins."

    def handle(self, *args: Any, **options: Any) -> None:
        logins = demo_load()
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for login in logins:
            self.stdout.write(f"  {login.role:<15} {login.email:<38} {login.where}")
