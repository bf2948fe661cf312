#include "ProviderSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/providers/ConnectionTester.h"
#include "core/secrets/ProviderTokens.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentNames.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString fieldLabel(const QString &provider, const QString &field)
{
    if (field == u"team_id")
        return ProviderSettingsDialog::tr("Team ID:");
    if (field == u"project_id")
        return provider == u"supabase" ? ProviderSettingsDialog::tr("Project ref:")
                                       : ProviderSettingsDialog::tr("Project ID:");
    if (field == u"account_id")
        return ProviderSettingsDialog::tr("Account ID:");
    if (field == u"kv_namespace_id")
        return ProviderSettingsDialog::tr("KV namespace ID:");
    if (field == u"public_url")
        return ProviderSettingsDialog::tr("Public URL:");
    if (field == u"base_url")
        return ProviderSettingsDialog::tr("API base URL:");
    return field;
}

QString fieldPlaceholder(const QString &provider, const QString &field)
{
    if (field == u"team_id")
        return u"team_…"_s;
    if (field == u"project_id")
        return provider == u"supabase" ? ProviderSettingsDialog::tr("20 lowercase letters")
                                       : u"prj_… or project name"_s;
    if (field == u"account_id" || field == u"kv_namespace_id")
        return ProviderSettingsDialog::tr("32 hexadecimal characters");
    if (field == u"public_url")
        return u"https://…"_s;
    if (field == u"base_url") {
        if (provider == u"vercel")
            return ProviderSettingsDialog::tr("default: %1").arg(u"https://api.vercel.com"_s);
        if (provider == u"supabase")
            return ProviderSettingsDialog::tr("default: %1").arg(u"https://api.supabase.com"_s);
        return ProviderSettingsDialog::tr("default: %1").arg(u"https://api.cloudflare.com/client/v4"_s);
    }
    return {};
}

QString toned(Theme::Tone tone, const QString &text)
{
    return u"<span style=\"color:%1\">●</span> %2"_s.arg(Theme::color(tone).name(), text.toHtmlEscaped());
}

} // namespace

ProviderSettingsDialog::ProviderSettingsDialog(core::Workspace &workspace,
                                               core::EnvironmentId environment,
                                               core::ProviderTokens &tokens,
                                               core::ConnectionTester *tester,
                                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_environmentId(environment)
    , m_tokens(tokens)
    , m_tester(tester)
    , m_tabs(new QTabWidget(this))
    , m_saveState(new QLabel(this))
{
    setObjectName(u"providerSettingsDialog"_s);
    if (auto env = m_workspace.environments().get(environment); env.ok())
        m_environment = *env;
    const QString name = EnvironmentNames::lookupName(m_workspace, environment);
    setWindowTitle(tr("Cloud providers — %1").arg(name));
    resize(620, 520);

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Settings Switchyard uses to reach each provider for <b>%1</b>. API tokens are "
                      "kept in the system keychain; the workspace only records which keychain "
                      "entry holds them.")
                       .arg(name.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs->setObjectName(u"providerTabs"_s);
    for (const QString &provider : core::ProviderSettings::providers())
        m_tabs->addTab(createTab(provider), core::ProviderSettings::displayName(provider));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_saveState->setObjectName(u"saveState"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveState, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const QString &provider : core::ProviderSettings::providers())
        refreshTokenState(provider);
}

ProviderSettingsDialog::~ProviderSettingsDialog() = default;

QWidget *ProviderSettingsDialog::createTab(const QString &provider)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    Tab &tab = m_tab[provider];
    const core::ProviderSettings settings = core::ProviderSettings::of(m_environment, provider);

    auto *settingsBox = new QGroupBox(tr("Settings"), page);
    auto *form = new QFormLayout(settingsBox);
    for (const QString &field : core::ProviderSettings::fieldsOf(provider)) {
        auto *edit = new QLineEdit(settings.field(field), settingsBox);
        edit->setObjectName(u"field_%1_%2"_s.arg(provider, field));
        edit->setPlaceholderText(fieldPlaceholder(provider, field));
        edit->setClearButtonEnabled(true);
        form->addRow(fieldLabel(provider, field), edit);
        tab.fields.insert(field, edit);
    }
    layout->addWidget(settingsBox);

    auto *tokenBox = new QGroupBox(tr("API token"), page);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tab.tokenState = new QLabel(tokenBox);
    tab.tokenState->setObjectName(u"tokenState_"_s + provider);
    tab.tokenState->setTextFormat(Qt::RichText);
    tokenLayout->addWidget(tab.tokenState);
    auto *row = new QHBoxLayout;
    tab.tokenEdit = new QLineEdit(tokenBox);
    tab.tokenEdit->setObjectName(u"tokenEdit_"_s + provider);
    tab.tokenEdit->setEchoMode(QLineEdit::Password);
    tab.tokenEdit->setPlaceholderText(tr("Paste a new token to store it"));
    tab.tokenEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    tab.storeButton = new QPushButton(tr("Store token"), tokenBox);
    tab.storeButton->setObjectName(u"storeToken_"_s + provider);
    tab.storeButton->setEnabled(false);
    tab.removeButton = new QPushButton(tr("Remove"), tokenBox);
    tab.removeButton->setObjectName(u"removeToken_"_s + provider);
    row->addWidget(tab.tokenEdit, 1);
    row->addWidget(tab.storeButton);
    row->addWidget(tab.removeButton);
    tokenLayout->addLayout(row);
    auto *hint = new QLabel(tr("The token is written to the keychain and never shown again. The command line "
                               "also reads %1, which wins there.")
                                .arg(core::ProviderSettings::tokenEnvironmentVariable(provider)),
                            tokenBox);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    tokenLayout->addWidget(hint);
    layout->addWidget(tokenBox);

    auto *testBox = new QGroupBox(tr("Connection"), page);
    auto *testLayout = new QVBoxLayout(testBox);
    tab.testButton = new QPushButton(tr("Test connection"), testBox);
    tab.testButton->setObjectName(u"testConnection_"_s + provider);
    tab.testResult = new QLabel(tr("Not tested yet."), testBox);
    tab.testResult->setObjectName(u"testResult_"_s + provider);
    tab.testResult->setWordWrap(true);
    tab.testResult->setTextFormat(Qt::RichText);
    tab.testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(tab.testButton);
    testRow->addStretch(1);
    testLayout->addLayout(testRow);
    testLayout->addWidget(tab.testResult);
    layout->addWidget(testBox);
    layout->addStretch(1);

    connect(tab.tokenEdit, &QLineEdit::textChanged, this, [button = tab.storeButton](const QString &text) {
        button->setEnabled(!text.trimmed().isEmpty());
    });
    connect(tab.tokenEdit, &QLineEdit::returnPressed, this, [this, provider] { storeToken(provider); });
    connect(tab.storeButton, &QPushButton::clicked, this, [this, provider] { storeToken(provider); });
    connect(tab.removeButton, &QPushButton::clicked, this, [this, provider] { removeToken(provider); });
    connect(tab.testButton, &QPushButton::clicked, this, [this, provider] { testConnection(provider); });
    return page;
}

core::ProviderSettings ProviderSettingsDialog::storedSettings(const QString &provider) const
{
    auto env = m_workspace.environments().get(m_environmentId);
    return env.ok() ? core::ProviderSettings::of(*env, provider)
                    : core::ProviderSettings::of(m_environment, provider);
}

core::ProviderSettings ProviderSettingsDialog::currentSettings(const QString &provider) const
{
    core::ProviderSettings settings = storedSettings(provider);
    const Tab &tab = m_tab[provider];
    for (auto it = tab.fields.cbegin(); it != tab.fields.cend(); ++it)
        settings.setField(it.key(), it.value()->text());
    return settings;
}

void ProviderSettingsDialog::setBusy(const QString &provider, bool busy)
{
    Tab &tab = m_tab[provider];
    tab.tokenEdit->setEnabled(!busy);
    tab.storeButton->setEnabled(!busy && !tab.tokenEdit->text().trimmed().isEmpty());
    tab.removeButton->setEnabled(!busy);
}

void ProviderSettingsDialog::refreshTokenState(const QString &provider)
{
    Tab &tab = m_tab[provider];
    tab.tokenState->setText(toned(Theme::Tone::Neutral, tr("Checking the keychain…")));
    m_tokens.state(
        storedSettings(provider), this, [this, provider](core::Result<core::ProviderTokens::State> state) {
            Tab &t = m_tab[provider];
            if (!state.ok()) {
                t.tokenState->setText(toned(Theme::Tone::Bad, state.error().message));
                t.removeButton->setEnabled(false);
            } else if (state->source == core::ProviderTokens::Source::Keychain) {
                t.tokenState->setText(toned(Theme::Tone::Good, tr("A token is stored in the keychain.")));
                t.removeButton->setEnabled(true);
            } else {
                t.tokenState->setText(toned(Theme::Tone::Warning, tr("No token stored.")));
                t.removeButton->setEnabled(false);
            }
            Q_EMIT tokenStateShown(provider);
        });
}

void ProviderSettingsDialog::storeToken(const QString &provider)
{
    Tab &tab = m_tab[provider];
    QByteArray token = tab.tokenEdit->text().trimmed().toUtf8();
    if (token.isEmpty())
        return;
    setBusy(provider, true);
    tab.tokenState->setText(toned(Theme::Tone::Active, tr("Storing in the keychain…")));
    m_tokens.storeFor(m_workspace.environments(), m_environmentId, provider, token, this,
                      [this, provider](core::Status stored) {
                          Tab &t = m_tab[provider];
                          if (stored.ok())
                              t.tokenEdit->clear(); // entered once: never kept in the dialog
                          setBusy(provider, false);
                          if (!stored.ok()) {
                              t.tokenState->setText(toned(Theme::Tone::Bad, stored.error().message));
                              Q_EMIT tokenStateShown(provider);
                              return;
                          }
                          refreshTokenState(provider);
                      });
    token.fill('\0');
}

void ProviderSettingsDialog::removeToken(const QString &provider)
{
    setBusy(provider, true);
    m_tokens.removeFor(
        m_workspace.environments(), m_environmentId, provider, this, [this, provider](core::Status removed) {
            setBusy(provider, false);
            if (!removed.ok()) {
                m_tab[provider].tokenState->setText(toned(Theme::Tone::Bad, removed.error().message));
                Q_EMIT tokenStateShown(provider);
                return;
            }
            refreshTokenState(provider);
        });
}

void ProviderSettingsDialog::testConnection(const QString &provider)
{
    Tab &tab = m_tab[provider];
    const QString name = core::ProviderSettings::displayName(provider);
    if (!m_tester) {
        tab.testResult->setText(
            toned(Theme::Tone::Warning, tr("Testing the connection is not available in this build.")));
        Q_EMIT connectionTested(provider, false);
        return;
    }
    tab.testButton->setEnabled(false);
    tab.testResult->setText(toned(Theme::Tone::Active, tr("Asking %1…").arg(name)));
    m_tester->test(currentSettings(provider), this,
                   [this, provider, name](const core::Result<core::ConnectionIdentity> &result) {
                       Tab &t = m_tab[provider];
                       t.testButton->setEnabled(true);
                       if (result.ok()) {
                           QString text = toned(Theme::Tone::Good, tr("Connected to %1.").arg(name));
                           if (!result->summary.isEmpty())
                               text += u"<br>"_s + result->summary.toHtmlEscaped();
                           t.testResult->setText(text);
                       } else {
                           t.testResult->setText(
                               toned(Theme::Tone::Bad, tr("%1 refused the connection test.").arg(name)) +
                               u"<br>"_s + result.error().message.toHtmlEscaped() + u"<br><small>"_s +
                               tr("Code: %1").arg(result.error().code).toHtmlEscaped() + u"</small>"_s);
                       }
                       Q_EMIT connectionTested(provider, result.ok());
                   });
}

bool ProviderSettingsDialog::save()
{
    auto env = m_workspace.environments().get(m_environmentId);
    if (!env.ok()) {
        m_saveState->setText(toned(Theme::Tone::Bad, env.error().message));
        return false;
    }
    core::Environment updated = *env;
    for (const QString &provider : core::ProviderSettings::providers()) {
        core::ProviderSettings settings =
            core::ProviderSettings::of(updated, provider); // keeps the token entry
        const Tab &tab = m_tab[provider];
        for (auto it = tab.fields.cbegin(); it != tab.fields.cend(); ++it)
            settings.setField(it.key(), it.value()->text());
        settings.storeIn(updated);
    }
    if (core::Status saved = m_workspace.environments().update(updated); !saved.ok()) {
        m_saveState->setText(toned(Theme::Tone::Bad, saved.error().message));
        return false;
    }
    m_environment = updated;
    m_saveState->setText(toned(Theme::Tone::Good, tr("Saved.")));
    return true;
}

} // namespace ui
