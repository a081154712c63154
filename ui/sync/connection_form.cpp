#include "ui/sync/connection_form.h"

#include "models/sync/api_hosts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

namespace indicia {

namespace {

constexpr int kSelfServedLogin = 2; // the login combo's "served by the service itself"

QLineEdit* field(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QLabel* wrapping(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the service's words are shown, never interpreted
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int index(ConnectionCheck::Step which) { return int(which); }

} // namespace

ConnectionForm::ConnectionForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionForm"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    buildHostRows(form);
    tenant_ = field(this, "syncTenant");
    tenant_->setPlaceholderText(tr("Directory (tenant) id, e.g. 00000000-0000-0000-0000-000000000000"));
    clientId_ = field(this, "syncClientId");
    clientId_->setPlaceholderText(tr("Application (client) id of the app registration"));
    secret_ = field(this, "syncSecret");
    secret_->setEchoMode(QLineEdit::Password);
    secret_->setPlaceholderText(tr("Leave empty to use the remembered secret"));
    sessionOnly_ = new QCheckBox(tr("Remember the secret for this session only"), this);
    sessionOnly_->setObjectName(QStringLiteral("syncSessionOnly"));
    form->addRow(tr("Tenant:"), tenant_);
    form->addRow(tr("Client id:"), clientId_);
    form->addRow(tr("Client secret:"), secret_);
    form->addRow(QString(), sessionOnly_);
    buildResults(form);
    connect(tenant_, &QLineEdit::textChanged, this, &ConnectionForm::updateHint);
    load({});
}

void ConnectionForm::buildHostRows(QFormLayout* form)
{
    host_ = new QComboBox(this);
    host_->setObjectName(QStringLiteral("syncApiHost"));
    for (const ApiHost& known : ApiHosts::known())
        host_->addItem(tr("%1: %2").arg(known.label, QUrl(known.url).host()), known.url);
    host_->addItem(tr("Custom URL (indicia-tenant on this computer, or a proxy)"), QString());
    url_ = field(this, "syncServiceUrl");
    url_->setPlaceholderText(tr("http://127.0.0.1:PORT for indicia-tenant, or an https:// URL"));
    login_ = new QComboBox(this);
    login_->setObjectName(QStringLiteral("syncLoginHost"));
    login_->addItem(tr("login.microsoftonline.com (commercial and GCC)"), ApiHosts::kCommercialLogin);
    login_->addItem(tr("login.microsoftonline.us (GCC High and DoD)"), ApiHosts::kGovernmentLogin);
    login_->addItem(tr("Served by the service itself (indicia-tenant)"), QString());
    hint_ = wrapping(this, "syncConnectionHint");
    // Two short lines: wrapping would make the form reserve a taller row than they need.
    hint_->setWordWrap(false);
    hint_->setForegroundRole(QPalette::PlaceholderText); // derived, not typed in
    form->addRow(tr("API host:"), host_);
    form->addRow(tr("Service URL:"), url_);
    form->addRow(tr("Sign-in:"), login_);
    form->addRow(QString(), hint_);
    connect(host_, &QComboBox::currentIndexChanged, this, &ConnectionForm::onHostPicked);
    connect(url_, &QLineEdit::textEdited, this, &ConnectionForm::onUrlEdited);
    connect(login_, &QComboBox::currentIndexChanged, this, &ConnectionForm::updateHint);
}

void ConnectionForm::buildResults(QFormLayout* form)
{
    testButton_ = new QPushButton(tr("Test connection"), this);
    testButton_->setObjectName(QStringLiteral("syncTestConnection"));
    status_ = wrapping(this, "syncConnectionStatus");
    form->addRow(testButton_, status_);
    const char* names[] = {"syncCheckToken", "syncCheckIndicators", "syncCheckMachines"};
    using Step = ConnectionCheck::Step;
    for (const Step step : {Step::Token, Step::Indicators, Step::Machines}) {
        auto* row = new QHBoxLayout;
        auto* icon = new QLabel(this);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setFixedSize(size, size);
        results_[index(step)] = wrapping(this, names[index(step)]);
        results_[index(step)]->setText(tr("Not tested yet."));
        resultIcons_[index(step)] = icon;
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(results_[index(step)], 1);
        form->addRow(ConnectionCheck::stepName(step) + QLatin1Char(':'), row);
    }
    connect(testButton_, &QPushButton::clicked, this, &ConnectionForm::testRequested);
}

void ConnectionForm::load(const ConnectionSettings& settings)
{
    // A workspace that never connected starts on the default Microsoft host.
    const ConnectionSettings shown =
        settings.serviceUrl.isEmpty() ? ConnectionSettings::forService(ApiHosts::kDefaultUrl) : settings;
    url_->setText(shown.serviceUrl);
    {
        const QSignalBlocker blocker(host_);
        const std::optional<ApiHost> known = ApiHosts::find(shown.serviceUrl);
        host_->setCurrentIndex(known ? host_->findData(known->url) : host_->count() - 1);
    }
    selectLogin(shown.loginUrl);
    tenant_->setText(settings.tenant);
    clientId_->setText(settings.clientId);
    updateHint();
}

ConnectionSettings ConnectionForm::settings() const
{
    ConnectionSettings out = ConnectionSettings::forService(url_->text(), login_->currentData().toString());
    out.tenant = tenant_->text().trimmed();
    out.clientId = clientId_->text().trimmed();
    return out;
}

QString ConnectionForm::typedSecret() const { return secret_->text(); }
void ConnectionForm::clearSecret() { secret_->clear(); }
bool ConnectionForm::sessionOnly() const { return sessionOnly_->isChecked(); }
void ConnectionForm::setSessionOnly(bool on) { sessionOnly_->setChecked(on); }
void ConnectionForm::setStatus(const QString& text) { status_->setText(text); }

void ConnectionForm::onHostPicked(int row)
{
    const QString url = host_->itemData(row).toString();
    if (!url.isEmpty()) {
        url_->setText(url);
        selectLogin(ApiHosts::loginFor(url));
    } else {
        // "Custom URL": a Microsoft host left in the field is not custom; indicia-tenant
        // (the usual custom URL) serves its own token endpoint.
        if (ApiHosts::find(url_->text()))
            url_->clear();
        selectLogin(QString());
        url_->setFocus();
    }
    updateHint();
}

void ConnectionForm::onUrlEdited(const QString& text)
{
    const std::optional<ApiHost> known = ApiHosts::find(text);
    {
        const QSignalBlocker blocker(host_);
        host_->setCurrentIndex(known ? host_->findData(known->url) : host_->count() - 1);
    }
    if (known)
        selectLogin(known->loginUrl);
    else if (UrlPolicy::isLoopback(QUrl(ApiHosts::normalized(text)).host()))
        selectLogin(QString());
    updateHint();
}

void ConnectionForm::selectLogin(const QString& loginUrl)
{
    int row = kSelfServedLogin;
    if (!loginUrl.isEmpty()) {
        row = login_->findData(loginUrl);
        if (row < 0) { // a sign-in URL given elsewhere (the CLI's --login-url): keep it
            login_->addItem(loginUrl, loginUrl);
            row = login_->count() - 1;
        }
    }
    login_->setCurrentIndex(row);
}

void ConnectionForm::updateHint()
{
    const ConnectionSettings current = settings();
    if (const QString refused = UrlPolicy::check(QUrl(current.serviceUrl)); !refused.isEmpty() && !current.serviceUrl.isEmpty()) {
        hint_->setText(refused);
        return;
    }
    hint_->setText(tr("Token from %1\nScope: %2").arg(current.tokenUrl().toString(), current.scope));
}

void ConnectionForm::showCheck(const ConnectionCheck& check)
{
    using Step = ConnectionCheck::Step;
    for (const Step step : {Step::Token, Step::Indicators, Step::Machines})
        showStep(step, check.step(step));
    connect(&check, &ConnectionCheck::stepChanged, this, &ConnectionForm::showStep);
    connect(&check, &ConnectionCheck::finished, this, [this](const ConnectionCheckReport& report) {
        status_->setText(report.allOk() ? tr("Connected: the token, the indicator list and the machine list all work.")
                                        : tr("The connection check found a problem: see the results below."));
    });
}

void ConnectionForm::showStep(ConnectionCheck::Step which, const CheckStep& step)
{
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (step.state) {
    case CheckStep::State::Ok: icon = QStyle::SP_DialogApplyButton; break;
    case CheckStep::State::Failed: icon = QStyle::SP_MessageBoxCritical; break;
    case CheckStep::State::Skipped: icon = QStyle::SP_MessageBoxWarning; break;
    case CheckStep::State::Running: icon = QStyle::SP_BrowserReload; break;
    case CheckStep::State::NotRun: break;
    }
    QLabel* iconLabel = resultIcons_[index(which)];
    iconLabel->setPixmap(icon == QStyle::SP_CustomBase ? QPixmap() : style()->standardIcon(icon).pixmap(iconLabel->size()));
    results_[index(which)]->setText(ConnectionCheck::describe(step));
}

} // namespace indicia
