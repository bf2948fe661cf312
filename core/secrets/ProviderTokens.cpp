#include "ProviderTokens.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

#include "core/model/Environment.h"
#include "core/secrets/SecretStore.h"
#include "core/store/EnvironmentRepository.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

Q_LOGGING_CATEGORY(lcTokens, "switchyard.secrets")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ProviderTokens)
};

constexpr qsizetype kMaxTokenBytes = 4096;

Error unknownProvider(const QString &provider)
{
    return Error{u"tokens.bad_provider"_s,
                 Tr::tr("Unknown provider “%1”: say vercel, supabase or cloudflare.").arg(provider),
                 {}};
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

ProviderTokens::ProviderTokens(SecretStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString ProviderTokens::newEntryName(const QString &provider)
{
    return u"provider-token/%1/%2"_s.arg(provider, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Status ProviderTokens::validate(const QString &provider, const QByteArray &token)
{
    if (!ProviderSettings::isKnownProvider(provider))
        return unknownProvider(provider);
    if (token.isEmpty()) {
        return Error{u"tokens.empty"_s,
                     Tr::tr("No %1 token was given.").arg(ProviderSettings::displayName(provider)),
                     {}};
    }
    if (token.size() > kMaxTokenBytes) {
        return Error{u"tokens.invalid"_s,
                     Tr::tr("The %1 token is longer than %2 bytes: that is not an API token.")
                         .arg(ProviderSettings::displayName(provider))
                         .arg(kMaxTokenBytes),
                     {}};
    }
    for (const char c : token) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f) {
            return Error{u"tokens.invalid"_s,
                         Tr::tr("The %1 token contains spaces, line breaks or control characters: paste "
                                "exactly one token.")
                             .arg(ProviderSettings::displayName(provider)),
                         {}};
        }
    }
    return {};
}

QString ProviderTokens::sourceKey(Source source)
{
    switch (source) {
    case Source::Keychain:
        return u"keychain"_s;
    case Source::EnvironmentVariable:
        return u"environment"_s;
    case Source::None:
        break;
    }
    return u"none"_s;
}

QString ProviderTokens::describe(const State &state)
{
    switch (state.source) {
    case Source::Keychain:
        return Tr::tr("stored in the keychain");
    case Source::EnvironmentVariable:
        return Tr::tr("from %1 (the environment variable wins over the keychain)").arg(state.variable);
    case Source::None:
        break;
    }
    return Tr::tr("not stored");
}

QByteArray ProviderTokens::fromEnvironment(const QString &provider) const
{
    if (!m_envWins)
        return {};
    const QString name = ProviderSettings::tokenEnvironmentVariable(provider);
    return name.isEmpty() ? QByteArray() : qgetenv(name.toLocal8Bit().constData()).trimmed();
}

void ProviderTokens::storeFor(EnvironmentRepository &environments,
                              EnvironmentId environment,
                              const QString &provider,
                              const QByteArray &token,
                              QObject *context,
                              StatusCallback done)
{
    if (Status valid = validate(provider, token); !valid.ok()) {
        done(valid);
        return;
    }
    auto env = environments.get(environment);
    if (!env.ok()) {
        done(env.error());
        return;
    }
    ProviderSettings settings = ProviderSettings::of(*env, provider);
    const bool newEntry = settings.tokenEntry.isEmpty();
    if (newEntry)
        settings.tokenEntry = newEntryName(provider);
    const QString envName = env->name;
    QPointer<EnvironmentRepository> repo(&environments);
    m_store.write(settings.tokenEntry, token, context,
                  [repo, environment, settings, newEntry, envName, done = std::move(done)](Status written) {
                      if (!written.ok()) {
                          done(written);
                          return;
                      }
                      qCInfo(lcTokens) << "stored the" << settings.provider << "token of" << envName << "in"
                                       << settings.tokenEntry;
                      if (!newEntry) {
                          done({});
                          return;
                      }
                      // Record the entry's name (only the name) in the environment's settings.
                      if (!repo) {
                          done(Error{u"tokens.failed"_s,
                                     Tr::tr("The workspace was closed before the token was saved."),
                                     {}});
                          return;
                      }
                      auto fresh = repo->get(environment);
                      if (!fresh.ok()) {
                          done(fresh.error());
                          return;
                      }
                      Environment updated = *fresh;
                      ProviderSettings current = ProviderSettings::of(updated, settings.provider);
                      current.tokenEntry = settings.tokenEntry;
                      current.storeIn(updated);
                      done(repo->update(updated));
                  });
}

void ProviderTokens::removeFor(EnvironmentRepository &environments,
                               EnvironmentId environment,
                               const QString &provider,
                               QObject *context,
                               StatusCallback done)
{
    if (!ProviderSettings::isKnownProvider(provider)) {
        done(unknownProvider(provider));
        return;
    }
    auto env = environments.get(environment);
    if (!env.ok()) {
        done(env.error());
        return;
    }
    ProviderSettings settings = ProviderSettings::of(*env, provider);
    if (settings.tokenEntry.isEmpty()) {
        done({});
        return;
    }
    QPointer<EnvironmentRepository> repo(&environments);
    m_store.remove(settings.tokenEntry, context,
                   [repo, environment, provider, done = std::move(done)](Status removed) {
                       if (!removed.ok()) {
                           done(removed);
                           return;
                       }
                       if (!repo) {
                           done({});
                           return;
                       }
                       auto fresh = repo->get(environment);
                       if (!fresh.ok()) {
                           done(fresh.error());
                           return;
                       }
                       Environment updated = *fresh;
                       ProviderSettings current = ProviderSettings::of(updated, provider);
                       current.tokenEntry.clear();
                       current.storeIn(updated);
                       done(repo->update(updated));
                   });
}

void ProviderTokens::state(const ProviderSettings &settings,
                           QObject *context,
                           std::function<void(Result<State>)> done)
{
    if (!ProviderSettings::isKnownProvider(settings.provider)) {
        done(unknownProvider(settings.provider));
        return;
    }
    State s;
    s.provider = settings.provider;
    s.entry = settings.tokenEntry;
    s.variable = ProviderSettings::tokenEnvironmentVariable(settings.provider);
    s.variableSet = !qgetenv(s.variable.toLocal8Bit().constData()).trimmed().isEmpty();
    if (!fromEnvironment(settings.provider).isEmpty()) {
        s.source = Source::EnvironmentVariable;
        done(s);
        return;
    }
    if (settings.tokenEntry.isEmpty()) {
        done(s);
        return;
    }
    m_store.read(settings.tokenEntry, context, [s, done = std::move(done)](Result<QByteArray> r) mutable {
        if (r.ok()) {
            s.source = r->isEmpty() ? Source::None : Source::Keychain;
            wipe(*r);
            done(s);
            return;
        }
        if (r.error().code == u"secrets.not_found") {
            done(s); // the name is recorded but the keychain lost it: not stored
            return;
        }
        done(r.error());
    });
}

void ProviderTokens::read(const ProviderSettings &settings, QObject *context, TokenCallback done)
{
    if (!ProviderSettings::isKnownProvider(settings.provider)) {
        done(unknownProvider(settings.provider));
        return;
    }
    const QString name = ProviderSettings::displayName(settings.provider);
    QByteArray fromEnv = fromEnvironment(settings.provider);
    if (!fromEnv.isEmpty()) {
        done(fromEnv);
        wipe(fromEnv);
        return;
    }
    auto missing = [name, variable = ProviderSettings::tokenEnvironmentVariable(settings.provider),
                    envWins = m_envWins] {
        return Error{
            u"tokens.missing"_s,
            envWins ? Tr::tr("No %1 API token: store one with “switchyard token set” (or the environment's "
                             "provider settings), or set %2.")
                          .arg(name, variable)
                    : Tr::tr("No %1 API token is stored for this environment: enter one in the environment's "
                             "provider settings.")
                          .arg(name),
            {}};
    };
    if (settings.tokenEntry.isEmpty()) {
        done(missing());
        return;
    }
    m_store.read(settings.tokenEntry, context,
                 [missing, done = std::move(done)](Result<QByteArray> r) mutable {
                     if (r.ok() && !r->isEmpty()) {
                         done(r);
                         wipe(*r);
                         return;
                     }
                     if (r.ok() || r.error().code == u"secrets.not_found") {
                         done(missing());
                         return;
                     }
                     done(r.error());
                 });
}

ProviderTokens::TokenSource ProviderTokens::tokenSource(const ProviderSettings &settings)
{
    QPointer<ProviderTokens> self(this);
    return [self, settings](TokenCallback done) {
        if (!self) {
            done(Error{u"tokens.failed"_s, Tr::tr("The token store was closed."), {}});
            return;
        }
        self->read(settings, self, std::move(done));
    };
}

} // namespace core
