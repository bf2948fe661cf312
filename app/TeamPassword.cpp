#include "TeamPassword.h"

#include <optional>

#include <QEventLoop>
#include <QUrl>

#include "core/secrets/SecretStore.h"

using namespace Qt::StringLiterals;

namespace app {

namespace {

QString service()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? u"switchyard"_s : fromEnv;
}

bool isPostgres(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

} // namespace

QString TeamPassword::keyFor(const QString &location)
{
    return u"workspace/"_s + QUrl(location).toString(QUrl::RemovePassword);
}

QString TeamPassword::withPassword(const QString &location)
{
    if (!isPostgres(location) || !QUrl(location).password().isEmpty())
        return location;
    core::SecretStore store(service());
    QEventLoop loop;
    std::optional<core::Result<QByteArray>> result;
    store.read(keyFor(location), &loop, [&](core::Result<QByteArray> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return location;
    QUrl url(location);
    url.setPassword(QString::fromUtf8(**result));
    return url.toString();
}

core::Status TeamPassword::store(const QString &location, const QString &password)
{
    core::SecretStore store(service());
    QEventLoop loop;
    std::optional<core::Status> result;
    store.write(keyFor(location), password.toUtf8(), &loop, [&](core::Status s) {
        result.emplace(std::move(s));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace app
