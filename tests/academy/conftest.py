from dataclasses import dataclass

import pytest
from django_scopes import scope

from tests.academy.build import a_course, an_edition
from tests.conftest import make_collective, make_user
from wijkkracht.academy.models import Course, Edition
from wijkkracht.core.models import Collective, Person, User


@dataclass
class Academy:
    """A village with a course on the issue's morning, taught by a teacher, an edition tomorrow
    with a resident and a nurse signed up, and a volunteer who types in sign-in lists."""

    collective: Collective
    coordinator: User
    teacher: User
    volunteer: User
    resident: User
    nurse: User
    course: Course
    edition: Edition

    def person(self, user: User) -> Person:
        with scope(collective=self.collective):
            return Person.objects.get(user=user)


@pytest.fixture
def academy(db: None) -> Academy:
    collective = make_collective("dorp", "Dorpscoöperatie")
    teacher = make_user(collective, "teacher")
    with scope(collective=collective):
        teacher_person = Person.objects.get(user=teacher)
    course = a_course(collective, register="kr-vv", accreditation_id="512345")
    with scope(collective=collective):
        course.teachers.set([teacher_person])
    return Academy(
        collective=collective,
        coordinator=make_user(collective, "coordinator"),
        teacher=teacher,
        volunteer=make_user(collective, "volunteer"),
        resident=make_user(collective, "resident"),
        nurse=make_user(collective, "professional", email="esther@dorp.example"),
        course=course,
        edition=an_edition(course, days=1),
    )
