"""A page built by an engine without our hook still shows its dates in words (the post-build pass writes them)."""
from netguide.postbuild.dates import dates_in_words, next_review_in_words


def test_a_bare_iso_date_is_written_in_words():
    html = 'Last reviewed: <time datetime="2026-12-01">2026-12-01</time>. <li><time datetime="2026-11-24">2026-11-24</time>: First.'
    assert dates_in_words(html) == ('Last reviewed: <time datetime="2026-12-01">December 1, 2026</time>. '
                                    '<li><time datetime="2026-11-24">November 24, 2026</time>: First.')


def test_dates_already_in_words_and_impossible_dates_are_left_alone():
    html = '<time datetime="2026-12-01">December 1, 2026</time> <time datetime="2026-02-30">2026-02-30</time>'
    assert dates_in_words(html) == html
    assert dates_in_words(dates_in_words(html)) == html


def test_the_next_review_date_an_engine_left_out_is_written_from_the_review_cycle():
    html = '<span class="ng-next-review" data-reviewed="2026-01-31" data-every-months="13"></span>'
    assert next_review_in_words(html) == 'Next review due: <time datetime="2027-02-28">February 28, 2027</time>.'


def test_a_placeholder_with_a_bad_date_or_cycle_is_left_for_the_check_to_report():
    for html in ('<span class="ng-next-review" data-reviewed="2026-02-30" data-every-months="12"></span>',
                 '<span class="ng-next-review" data-reviewed="2026-01-01" data-every-months="0"></span>',
                 '<span class="ng-next-review" data-reviewed="2026-01-01" data-every-months="twelve"></span>'):
        assert next_review_in_words(html) == html
