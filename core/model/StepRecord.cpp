#include "StepRecord.h"

using namespace Qt::StringLiterals;

namespace core {

QString stepStatusToString(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Running:
        return u"running"_s;
    case StepStatus::Succeeded:
        return u"succeeded"_s;
    case StepStatus::Failed:
        return u"failed"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    }
    return u"pending"_s;
}

StepStatus stepStatusFromString(const QString &text)
{
    if (text == u"running")
        return StepStatus::Running;
    if (text == u"succeeded")
        return StepStatus::Succeeded;
    if (text == u"failed")
        return StepStatus::Failed;
    if (text == u"skipped")
        return StepStatus::Skipped;
    return StepStatus::Pending;
}

} // namespace core
