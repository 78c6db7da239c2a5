"""The About page's PDF link states the page count only when the file really is a PDF it can read."""
from pypdf import PdfWriter

from netguide.markdown import pdf_link


def test_page_count_reads_a_pdf_with_several_pages(tmp_path):
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    path = tmp_path / "three.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert pdf_link.page_count(path) == 3
    assert "(PDF, 3 pages, " in pdf_link.download_link(path, "/downloads/net-guide.pdf")


def test_a_damaged_pdf_gets_a_link_with_its_size_but_no_page_count(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a pdf")
    assert pdf_link.page_count(path) is None
    link = pdf_link.download_link(path, "/downloads/net-guide.pdf")
    assert "pages" not in link and "MB)" in link
