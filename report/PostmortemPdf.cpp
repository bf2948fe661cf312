#include "PostmortemPdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include "core/incidents/PostmortemReport.h"

using namespace Qt::StringLiterals;

namespace report {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(report::PostmortemPdf)
};
} // namespace

core::Status PostmortemPdf::write(const core::PostmortemReport &report, const QString &path)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        return core::Error{
            u"report.no_gui"_s, Tr::tr("Writing a PDF needs the GUI libraries (QGuiApplication)."), {}};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Error{
            u"report.unwritable"_s, Tr::tr("Cannot write the PDF %1: %2").arg(path, file.errorString()), {}};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(96);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Tr::tr("Incident #%1 postmortem").arg(report.incident.id));
        writer.setCreator(u"Switchyard"_s);
        QTextDocument document;
        document.setHtml(report.toHtml());
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    if (!file.commit()) {
        return core::Error{
            u"report.unwritable"_s, Tr::tr("Cannot write the PDF %1: %2").arg(path, file.errorString()), {}};
    }
    return {};
}

} // namespace report
