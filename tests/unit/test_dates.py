"""A page built by an engine without our hook still shows its dates in words (the post-build pass writes them)."""
from netguide.postbuild.dates import dates_in_words


def test_a_bare_iso_date_is_written_in_words():
    html = 'Last reviewed: <time datetime="2026-12-01">2026-12-01</time>. <li><time datetime="2026-11-24">2026-11-24</time>: First.'
    assert dates_in_words(html) == ('Last reviewed: <time datetime="2026-12-01">December 1, 2026</time>. '
                                    '<li><time datetime="2026-11-24">November 24, 2026</time>: First.')


def test_dates_already_in_words_and_impossible_dates_are_left_alone():
    html = '<time datetime="2026-12-01">December 1, 2026</time> <time datetime="2026-02-30">2026-02-30</time>'
    assert dates_in_words(html) == html
    assert dates_in_words(dates_in_words(html)) == html
