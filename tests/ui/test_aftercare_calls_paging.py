"""The After-care page's calls tab reads the due list a page at a time: the first page
shows with the whole list's count, scrolling to the end reads the next page in the
background, and the rows end up the same as the whole list."""

from counter_app.services.aftercare import followups
from counter_app.services.shop import settings
from counter_app.timeutil import local_today
from counter_app.ui.pages.aftercare_page import AftercarePage
from tests.services.test_followup_paging import add_calls


def test_the_calls_tab_fetches_more_on_scroll(qtbot, qtmodeltester, db, staff):
    today = local_today(settings.get_all(db).time_zone)
    expected = add_calls(db, today)  # 29 customers with calls due, most of them overdue
    whole = followups.due_list(db, staff.clerk, today)
    page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.calls_model.page_size = 10
    page.resize(900, 500)
    page.show()
    with qtbot.waitSignal(page.calls_loaded):
        page.refresh()
    model = page.calls_model
    assert model.rowCount() == 10
    overdue = sum(1 for c in whole if c.overdue)
    assert f"{len(expected)} calls due, {overdue} overdue" in page.calls_summary.text()
    assert model.canFetchMore()

    while model.canFetchMore():
        rows = model.rowCount()
        with qtbot.waitSignal(model.more_loaded):
            page.calls_view.scrollToBottom()
        assert model.rowCount() > rows
    assert model.rowCount() == len(whole) == len(expected)
    assert [model.row_at(i) for i in range(model.rowCount())] == whole
    assert len({model.row_at(i).customer_id for i in range(model.rowCount())}) == len(expected)
    qtmodeltester.check(model)
