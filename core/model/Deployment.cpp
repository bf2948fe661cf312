#include "Deployment.h"

using namespace Qt::StringLiterals;

namespace core {

QString deploymentKindToString(DeploymentKind kind)
{
    return kind == DeploymentKind::Rollback ? u"rollback"_s : u"deploy"_s;
}

DeploymentKind deploymentKindFromString(const QString &text)
{
    return text == u"rollback" ? DeploymentKind::Rollback : DeploymentKind::Deploy;
}

QString deploymentStatusToString(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Pending:
        return u"pending"_s;
    case DeploymentStatus::Running:
        return u"running"_s;
    case DeploymentStatus::Succeeded:
        return u"succeeded"_s;
    case DeploymentStatus::Failed:
        return u"failed"_s;
    case DeploymentStatus::Aborted:
        return u"aborted"_s;
    }
    return u"pending"_s;
}

DeploymentStatus deploymentStatusFromString(const QString &text)
{
    if (text == u"running")
        return DeploymentStatus::Running;
    if (text == u"succeeded")
        return DeploymentStatus::Succeeded;
    if (text == u"failed")
        return DeploymentStatus::Failed;
    if (text == u"aborted")
        return DeploymentStatus::Aborted;
    return DeploymentStatus::Pending;
}

} // namespace core
