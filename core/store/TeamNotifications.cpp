#include "TeamNotifications.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include "core/Logging.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

TeamNotifications::TeamNotifications(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

TeamNotifications::~TeamNotifications()
{
    if (!m_subscribed)
        return;
    QSqlDriver *driver = m_workspace.database().driver();
    if (driver) {
        driver->unsubscribeFromNotification(QLatin1String(kApprovalsChannel));
        driver->unsubscribeFromNotification(QLatin1String(kDeploymentsChannel));
    }
}

Result<bool> TeamNotifications::start()
{
    if (m_workspace.dialect().kind() != Dialect::Kind::PostgreSQL)
        return false;
    QSqlDriver *driver = m_workspace.database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    for (const char *channel : {kApprovalsChannel, kDeploymentsChannel}) {
        if (!driver->subscribeToNotification(QLatin1String(channel))) {
            return Error{u"workspace.notify"_s,
                         QCoreApplication::translate("core::Workspace",
                                                     "Cannot listen for team updates on the workspace: %1")
                             .arg(driver->lastError().text()),
                         {}};
        }
    }
    m_subscribed = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == QLatin1String(kApprovalsChannel))
                    Q_EMIT approvalsChanged(payload.toString());
                else if (name == QLatin1String(kDeploymentsChannel))
                    Q_EMIT deploymentChanged(payload.toString().toLongLong());
            });
    qCInfo(lcStore) << "listening for team notifications";
    return true;
}

} // namespace core
