#include "KeyRotation.h"

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>

#include "core/crypto/Ed25519.h"
#include "core/policy/ApprovalService.h"
#include "core/secrets/IdentityKeyStore.h"
#include "core/store/IdentityRepository.h"
#include "core/store/Workspace.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::KeyRotation)
};

Error stopped()
{
    return Error{u"test.stopped"_s, u"stopped on purpose (test)"_s, {}};
}

} // namespace

void KeyRotation::rotate(const QString &identity, const QString &passphrase, QObject *context, Callback done)
{
    IdentityRepository identities(m_workspace.database(), m_workspace.dialect());
    auto existing = identities.byName(identity);
    if (!existing.ok()) {
        done(existing.error());
        return;
    }
    const QByteArray registered = existing->publicKey;
    Workspace &workspace = m_workspace;
    IdentityKeyStore keys(m_keychain);
    const Stage stopAfter = m_stopAfter;
    keys.unlock(
        identity, passphrase, context,
        [&workspace, keys, identity, passphrase, context, done, registered,
         stopAfter](Result<Ed25519> unlocked) mutable {
            if (!unlocked.ok()) {
                done(unlocked.error());
                return;
            }
            if (unlocked->publicKey() != registered) {
                done(Error{u"identity.key_mismatch"_s,
                           Tr::tr("The key in this keychain is not %1's registered key.").arg(identity),
                           {}});
                return;
            }
            auto old = std::make_shared<Ed25519>(std::move(*unlocked));
            auto generated = Ed25519::generate();
            if (!generated.ok()) {
                done(generated.error());
                return;
            }
            auto fresh = std::make_shared<Ed25519>(std::move(*generated));
            keys.savePending(
                identity, *fresh, passphrase, context,
                [&workspace, keys, identity, context, done, stopAfter, old, fresh](Status saved) mutable {
                    if (!saved.ok()) {
                        done(saved.error()); // nothing changed
                        return;
                    }
                    if (stopAfter == Stage::PendingKeySaved) {
                        done(stopped());
                        return;
                    }
                    IdentityRepository identities(workspace.database(), workspace.dialect());
                    if (auto rotated = identities.rotate(identity, fresh->publicKey()); !rotated.ok()) {
                        // The workspace still names the old key, which the main entry holds.
                        Error error = rotated.error();
                        error.message += u' ' + Tr::tr("The old key stays in use.");
                        keys.removePending(identity, context, [done, error](Status) { done(error); });
                        return;
                    }
                    // Signed with the old key: whoever held it vouches for the new one.
                    const Status audited = ApprovalService(workspace).auditIdentity(
                        identity, u"identity.rotated"_s, identity,
                        QJsonObject{{u"old_key"_s, old->publicKeyBase64()},
                                    {u"new_key"_s, fresh->publicKeyBase64()}},
                        old.get());
                    if (stopAfter == Stage::Registered) {
                        done(stopped());
                        return;
                    }
                    keys.promotePending(identity, context, [done, fresh, audited, identity](Status promoted) {
                        Outcome outcome;
                        outcome.newPublicKey = fresh->publicKey();
                        QStringList warnings;
                        if (!audited.ok())
                            warnings << Tr::tr("The rotation is not in the audit log: %1")
                                            .arg(audited.error().message);
                        if (!promoted.ok())
                            warnings << Tr::tr("The new key is registered but still sits in the keychain "
                                               "entry %1; the next unlock moves it: %2")
                                            .arg(IdentityKeyStore::pendingEntryName(identity),
                                                 promoted.error().message);
                        outcome.warning = warnings.join(u' ');
                        done(std::move(outcome));
                    });
                });
        },
        registered);
}

} // namespace core
