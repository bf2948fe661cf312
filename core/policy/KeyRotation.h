#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QString>

#include "core/Result.h"

namespace core {

class SecretStore;
class Workspace;

// Rotates an identity's signing key so that a failure or a crash at any point leaves a usable
// identity (the key in the keychain always matches the key the workspace has registered, or the
// keychain still holds both):
//  1. unlock the current key with the passphrase (it must be the registered one);
//  2. seal the new key into the keychain's pending entry ("identity/<name>/next");
//  3. register the new public key in the workspace (one transaction; the old key stays valid for
//     what it signed before) and audit "identity.rotated", signed with the old key;
//  4. move the new key into the main entry and remove the pending one.
// Failure at 2 or 3 leaves the old key in use (the pending entry is removed when possible). A stop
// after 3 is finished by the next IdentityKeyStore::unlock() with the registered key.
class KeyRotation final
{
public:
    enum class Stage
    {
        None,
        PendingKeySaved,
        Registered
    };
    struct Outcome
    {
        QByteArray newPublicKey;
        QString warning; // translated; set when the rotation is done but its last step is not
    };
    using Callback = std::function<void(Result<Outcome>)>;

    KeyRotation(Workspace &workspace, SecretStore &keychain)
        : m_workspace(workspace)
        , m_keychain(keychain)
    {}

    // Tests: behave as if the process died right after `stage` (done gets "test.stopped").
    void stopAfter(Stage stage) { m_stopAfter = stage; }

    void rotate(const QString &identity, const QString &passphrase, QObject *context, Callback done);

private:
    Workspace &m_workspace;
    SecretStore &m_keychain;
    Stage m_stopAfter = Stage::None;
};

} // namespace core
