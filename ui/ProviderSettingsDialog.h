#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include "core/model/Environment.h"
#include "core/model/ProviderSettings.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace core {
class ConnectionTester;
class ProviderTokens;
class Workspace;
} // namespace core

namespace ui {

// One environment's cloud providers (Vercel, Supabase, Cloudflare), one tab each: the non-secret
// settings (team, project, account, KV namespace, public URL, API base URL override), the API
// token — entered once, stored in the keychain, afterwards shown only as "stored" or "not stored",
// never displayed — and "Test connection", which asks the provider's verify/identity endpoint
// through the injected ConnectionTester and shows who the token is, or what failed and what to do.
//
// Object names for tests: providerTabs, field_<provider>_<field>, tokenEdit_<provider>,
// storeToken_<provider>, removeToken_<provider>, tokenState_<provider>, testConnection_<provider>,
// testResult_<provider>; the Save button is "saveButton".
class ProviderSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSettingsDialog)

public:
    // `tester` may be null: then "Test connection" says it is not available in this build.
    ProviderSettingsDialog(core::Workspace &workspace,
                           core::EnvironmentId environment,
                           core::ProviderTokens &tokens,
                           core::ConnectionTester *tester,
                           QWidget *parent = nullptr);
    ~ProviderSettingsDialog() override;

    // The settings as the fields show them now (token entry as stored).
    [[nodiscard]] core::ProviderSettings currentSettings(const QString &provider) const;

public Q_SLOTS:
    // Writes the fields of every tab to the workspace. Returns false (and says why) on failure.
    bool save();

Q_SIGNALS:
    // After a token was stored or removed, or a test finished (tests wait on these).
    void tokenStateShown(const QString &provider);
    void connectionTested(const QString &provider, bool ok);

private:
    struct Tab
    {
        QHash<QString, QLineEdit *> fields;
        QLineEdit *tokenEdit = nullptr;
        QPushButton *storeButton = nullptr;
        QPushButton *removeButton = nullptr;
        QLabel *tokenState = nullptr;
        QPushButton *testButton = nullptr;
        QLabel *testResult = nullptr;
    };

    QWidget *createTab(const QString &provider);
    void refreshTokenState(const QString &provider);
    void storeToken(const QString &provider);
    void removeToken(const QString &provider);
    void testConnection(const QString &provider);
    void setBusy(const QString &provider, bool busy);
    [[nodiscard]] core::ProviderSettings storedSettings(const QString &provider) const;

    core::Workspace &m_workspace;
    core::EnvironmentId m_environmentId;
    core::Environment m_environment;
    core::ProviderTokens &m_tokens;
    core::ConnectionTester *m_tester;
    QTabWidget *m_tabs;
    QLabel *m_saveState;
    QHash<QString, Tab> m_tab;
};

} // namespace ui
