#include "print/PagedPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

// The texts were the plan's first: they keep its translation context ("PlanPrinter").
QString writePagedPdf(const QString &path, const PagedPdf &pdf)
{
    if (path.isEmpty())
        return QCoreApplication::translate("PlanPrinter", "Velg en fil å lagre til.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QCoreApplication::translate("PlanPrinter", "Kunne ikke skrive %1: %2")
                .arg(path, probe.errorString());
    }

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Bro"));
    writer.setTitle(pdf.title);

    const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = writer.resolution() * 0.45; // about 11 mm

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(10.5);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    // Qt's rich text reads margins in pixels of 1/96 inch (scaled to the paint device), and
    // ignores them in points: say them in points here.
    const auto pt = [](qreal points) {
        return QString::number(qRound(points * 96.0 / 72.0)) + QStringLiteral("px");
    };
    doc.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 20pt; font-weight: 600; color: #1f3a5f; margin-top: 0;"
                       "     margin-bottom: %1; }"
                       "h2 { font-size: 14pt; font-weight: 600; color: #1f3a5f; margin-top: %2;"
                       "     margin-bottom: %3; }"
                       "h3 { font-size: 11.5pt; font-weight: 600; margin-top: %4;"
                       "     margin-bottom: %5; }"
                       "p { margin-top: 0; margin-bottom: %5; }"
                       "p.step { margin-left: %6; margin-bottom: %5; }"
                       ".muted { color: #555555; }"
                       "td, th { border-bottom-width: 1px; border-bottom-style: solid;"
                       "         border-bottom-color: #cccccc; }")
            .arg(pt(4), pt(18), pt(6), pt(12), pt(3), pt(14)));
    doc.setHtml(pdf.html);
    doc.setPageSize(QSizeF(area.width(), area.height() - footerHeight));

    QPainter painter;
    if (!painter.begin(&writer))
        return QCoreApplication::translate("PlanPrinter", "Kunne ikke skrive %1.").arg(path);
    const int pages = doc.pageCount();
    const qreal bodyHeight = area.height() - footerHeight;
    QFont footerFont(base);
    footerFont.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * bodyHeight);
        doc.drawContents(&painter, QRectF(0, i * bodyHeight, area.width(), bodyHeight));
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal top = area.height() - footerHeight * 0.7;
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        const QRectF line(0, top + footerHeight * 0.1, area.width(), footerHeight * 0.6);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                         pdf.footerLeft + QLatin1Char('\n') + pdf.footerNote);
        painter.drawText(
            line, Qt::AlignRight | Qt::AlignTop,
            QCoreApplication::translate("PlanPrinter", "Side %1 av %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    if (!painter.end())
        return QCoreApplication::translate("PlanPrinter", "Kunne ikke skrive %1.").arg(path);
    return {};
}
