"""Greedy by approvals: most approvals first, skipping what no longer fits the budget."""

from wijkkracht.participation.voting.election import Election
from wijkkracht.participation.voting.outcome import Outcome, Verdict


def greedy(election: Election) -> Outcome:
    """Fund projects by number of approvals, ties to the smallest id, skipping what does not fit.

    As pabutools' `greedy_utilitarian_welfare` with cost satisfaction: a project's score is its
    satisfaction per euro, the number of approvals; a project that costs nothing scores 0.
    """
    approvals = election.approvals()

    def score(project_id: str) -> int:
        return approvals[project_id] if election.projects[project_id].cost > 0 else 0

    order = sorted(election.projects, key=lambda project_id: (-score(project_id), project_id))
    left = election.budget
    selected: list[str] = []
    verdicts: dict[str, Verdict] = {}
    for project_id in order:
        cost = election.projects[project_id].cost
        if cost <= left:
            selected.append(project_id)
            verdicts[project_id] = Verdict(funded=True, round=len(selected))
            left -= cost
        else:
            verdicts[project_id] = Verdict(funded=False, money_left=left)
    return Outcome("greedy", election.budget, selected, verdicts, election.budget - left)
