"""The one MkDocs hook file (mkdocs.yml `hooks:`): only what must stay MkDocs-specific, then the post-build pass.

Why so little here: Material for MkDocs reaches end of life on 2027-05-05 and its successor (Zensical) ignores
`hooks:`. Content logic is in Python-Markdown extensions (netguide.markdown) and site-wide rewrites are in the
post-build pass (netguide.postbuild, also a command). What stays here needs MkDocs' own objects:

- on_config: the offline edition drops the theme features that need a web server (engine/offline_edition.py).
- on_files: the built PDF joins the site's files, so MkDocs copies it and checks links to it.
- on_page_markdown: front matter `sources:` that a page lists without citing them reach the citations extension
  as a comment (an extension cannot read front matter); the page's update date (the sitemap's <lastmod>, and
  the gzip time of sitemap.xml.gz) is its latest front-matter date, not the day of the build, so two builds
  of the same sources are byte-identical.
- on_page_content: page links written in raw HTML (the body map) resolve like Markdown links
  (engine/raw_html_links.py: it needs MkDocs' page and file objects).
- on_page_context: review dates and the change history, formatted in Python for the template (netguide.review).
- on_post_build: the post-build pass, after every other plugin has written its files.
Under another engine, the pass is run as `python -m netguide.postbuild SITE_DIR`; the rest is lost there:
the PDF link, front-matter-only sources and raw-HTML page links. Dates are not lost: templates fall back to ISO
dates and the review cycle, and the pass writes them in words, with the next review date.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from netguide import postbuild, review
from netguide.engine.offline_edition import offline_edition, without_server_features
from netguide.engine.raw_html_links import resolve_md_links
from netguide.markdown.pdf_link import SITE_PATH, built_pdf


@event_priority(100)  # before the theme's templates read the features
def on_config(config, **kwargs):
    if offline_edition(config):
        config.theme["features"] = without_server_features(config.theme["features"])
    return config


def on_files(files, config, **kwargs):
    pdf = built_pdf(str(Path(config.config_file_path).resolve().parent / "dist" / "net-guide.pdf"))
    if pdf.is_file() and files.get_file_from_path(SITE_PATH) is None:
        files.append(File.generated(config, SITE_PATH, abs_src_path=str(pdf.resolve())))
    return files


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    updated = review.last_updated(page.meta)
    if updated:  # the sitemap's <lastmod> and sitemap.xml.gz's gzip time: not the build day (reproducible builds)
        page.update_date = updated.isoformat()
    keys = page.meta.get("sources") or []
    if keys and isinstance(keys, list):
        markdown += "\n\n<!-- further-sources: " + " ".join(str(k) for k in keys) + " -->\n"
    return markdown


def on_page_content(html: str, page, files, **kwargs) -> str:
    return resolve_md_links(html, page, files)


def on_page_context(context, page, config, **kwargs):
    page.meta.update(review.page_dates(page.meta, config.extra))
    return context


@event_priority(-100)  # after the search index, redirect pages and every other plugin's files are written
def on_post_build(config, **kwargs):
    search = config.plugins.get("material/search") or config.plugins.get("search")
    languages = (search.config.get("lang") if search else None) or [config.theme.get("language", "en")]
    postbuild.run(postbuild.Site(
        site_dir=Path(config.site_dir),
        docs_dir=Path(config.docs_dir),
        site_url=config.site_url,
        offline=offline_edition(config),
        search_languages=list(languages),
    ))
