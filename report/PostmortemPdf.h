#pragma once

#include <QString>

#include "core/Result.h"

namespace core {
struct PostmortemReport;
}

namespace report {

// Writes an incident's postmortem with its timeline as an A4 PDF (QTextDocument → QPdfWriter).
// Needs a QGuiApplication. The file is written to a temporary name and renamed, so a failed export
// never leaves a half-written PDF behind.
class PostmortemPdf
{
public:
    PostmortemPdf() = delete;
    static core::Status write(const core::PostmortemReport &report, const QString &path);
};

} // namespace report
