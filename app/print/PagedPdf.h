#pragma once
// One A4 PDF from HTML, page by page (QTextDocument laid out onto a QPdfWriter), with a footer
// on every page: a left text, a note under it, and "side X av Y". The plan and the year's
// report print through it, so both look and page the same.

#include <QString>

struct PagedPdf
{
    QString title;      // the PDF's title
    QString html;       // the body
    QString footerLeft; // e.g. who printed it and when
    QString footerNote; // a second footer line (what the document holds)
};

// Writes it; "" on success, else a readable sentence (in the UI language).
QString writePagedPdf(const QString &path, const PagedPdf &pdf);
