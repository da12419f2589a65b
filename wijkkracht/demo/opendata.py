"""The demo's open data: every collective publishes its yearly figures and its social map, so
the open data pages and the catalogues (of a collective and of the federation) have content."""

from wijkkracht.core.models import Collective, User
from wijkkracht.opendata.models import DatasetKey
from wijkkracht.opendata.services import dataset_publish, dataset_refresh


def open_data_load(collective: Collective, board: User) -> None:
    for key in DatasetKey.values:
        dataset = dataset_publish(actor=board, collective=collective, key=key)
        dataset_refresh(dataset)  # the files now, not when a worker gets to them
