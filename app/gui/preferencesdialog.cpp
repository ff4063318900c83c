#include "preferencesdialog.h"

#include "hostprofileloader.h"
#include "localization.h"
#include "schemavalidator.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum BaselineKind { BaselineNone, BaselineDockerDefault, BaselineFile };

// A path field and its Browse button on one line, and below them what the
// path holds (or, with `status` null, nothing). One widget per form row:
// QFormLayout gives a wrapped label of its own row far more height than
// its text needs.
QWidget *pathRow(QWidget *parent, QLineEdit *edit, QPushButton *browse, QLabel *status = nullptr)
{
    auto *row = new QWidget(parent);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    line->addWidget(edit, 1);
    line->addWidget(browse);
    column->addLayout(line);
    if (status)
        column->addWidget(status);
    return row;
}

QLabel *statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A form field grows only when it expands; wrapped text would otherwise
    // squeeze into its narrow size hint.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_schemaDir(new QLineEdit(this))
    , m_schemaBrowse(new QPushButton(tr("Browse…"), this))
    , m_schemaStatus(statusLabel(this))
    , m_hostProfile(new QLineEdit(this))
    , m_hostBrowse(new QPushButton(tr("Browse…"), this))
    , m_hostStatus(statusLabel(this))
    , m_exportFormat(new QComboBox(this))
    , m_baselineKind(new QComboBox(this))
    , m_baselineFile(new QLineEdit(this))
    , m_baselineBrowse(new QPushButton(tr("Browse…"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(statusLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_schemaDir->setObjectName(QStringLiteral("schemaDirEdit"));
    const QString defaultSchema = QString::fromStdString(oci::SchemaValidator::defaultDir());
    m_schemaDir->setPlaceholderText(
        defaultSchema.isEmpty() ? tr("None found at build time") : tr("Default: %1").arg(defaultSchema));
    m_schemaDir->setToolTip(tr("The folder holding the runtime-spec config-schema.json that validation uses "
                               "(ocispec validate --schema-dir)."));
    m_schemaBrowse->setAccessibleName(tr("Browse for the schema folder"));
    m_schemaStatus->setObjectName(QStringLiteral("schemaStatus"));

    m_hostProfile->setObjectName(QStringLiteral("hostProfileEdit"));
    m_hostProfile->setPlaceholderText(tr("Probe this machine"));
    m_hostProfile->setToolTip(tr("A host profile (host.json format) used when a scenario embeds none, instead of "
                                 "the facts of this machine (ocispec --host)."));
    m_hostBrowse->setAccessibleName(tr("Browse for the host profile"));
    m_hostStatus->setObjectName(QStringLiteral("hostStatus"));

    m_exportFormat->setObjectName(QStringLiteral("exportFormatCombo"));
    m_exportFormat->addItem(tr("Pretty (as ocispec build prints it)"), QStringLiteral("pretty"));
    m_exportFormat->addItem(tr("Compact (the bytes Docker hands to containerd)"), QStringLiteral("compact"));

    m_baselineKind->setObjectName(QStringLiteral("baselineCombo"));
    m_baselineKind->addItem(tr("None"), BaselineNone);
    m_baselineKind->addItem(tr("Docker's default spec"), BaselineDockerDefault);
    m_baselineKind->addItem(tr("A config.json file"), BaselineFile);
    m_baselineFile->setObjectName(QStringLiteral("baselineFileEdit"));
    m_baselineFile->setAccessibleName(tr("Baseline file"));
    m_baselineFile->setPlaceholderText(tr("config.json"));
    m_baselineBrowse->setAccessibleName(tr("Browse for the baseline file"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const Localization::Language &language : Localization::available())
        m_language->addItem(language.name, language.code);
    m_languageNote->setText(tr("A new language applies when the app starts again."));
    m_languageNote->setEnabled(false);
    m_languageNote->setWordWrap(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Runtime-spec &schema folder:"), pathRow(this, m_schemaDir, m_schemaBrowse, m_schemaStatus));
    form->addRow(tr("Default &host profile:"), pathRow(this, m_hostProfile, m_hostBrowse, m_hostStatus));
    form->addRow(tr("E&xport format:"), m_exportFormat);
    form->addRow(tr("Default diff &baseline:"), m_baselineKind);
    form->addRow(QString(), pathRow(this, m_baselineFile, m_baselineBrowse));
    auto *languageRow = new QWidget(this);
    auto *languageLayout = new QHBoxLayout(languageRow);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(m_languageNote, 1);
    form->addRow(tr("&Language:"), languageRow);
    // The labels name their fields for screen readers too (buddies).
    for (QWidget *edit : std::initializer_list<QWidget *>{m_schemaDir, m_hostProfile, m_language}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(edit->parentWidget())))
            label->setBuddy(edit);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_schemaDir, m_schemaBrowse);
    setTabOrder(m_schemaBrowse, m_hostProfile);
    setTabOrder(m_hostProfile, m_hostBrowse);
    setTabOrder(m_hostBrowse, m_exportFormat);
    setTabOrder(m_exportFormat, m_baselineKind);
    setTabOrder(m_baselineKind, m_baselineFile);
    setTabOrder(m_baselineFile, m_baselineBrowse);
    setTabOrder(m_baselineBrowse, m_language);
    setTabOrder(m_language, m_buttons);

    connect(m_schemaDir, &QLineEdit::editingFinished, this, &PreferencesDialog::checkSchemaDir);
    connect(m_hostProfile, &QLineEdit::editingFinished, this, &PreferencesDialog::checkHostProfile);
    connect(m_schemaBrowse, &QPushButton::clicked, this, &PreferencesDialog::browseSchemaDir);
    connect(m_hostBrowse, &QPushButton::clicked, this, &PreferencesDialog::browseHostProfile);
    connect(m_baselineBrowse, &QPushButton::clicked, this, &PreferencesDialog::browseBaseline);
    connect(m_baselineKind, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateBaselineWidgets);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &PreferencesDialog::restoreDefaults);

    load();
    // Wide enough for a schema path; then as tall as the wrapped status
    // lines need at that width (the size hint assumes them narrow).
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 110);
    resize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

void PreferencesDialog::load()
{
    m_schemaDir->setText(QDir::toNativeSeparators(Settings::schemaDir()));
    m_hostProfile->setText(QDir::toNativeSeparators(Settings::hostProfileFile()));
    m_exportFormat->setCurrentIndex(Settings::exportFormat() == Settings::ExportFormat::Compact ? 1 : 0);
    const QString baseline = Settings::defaultBaseline();
    if (baseline.isEmpty()) {
        m_baselineKind->setCurrentIndex(BaselineNone);
    } else if (baseline == Settings::dockerDefaultBaseline()) {
        m_baselineKind->setCurrentIndex(BaselineDockerDefault);
    } else {
        m_baselineKind->setCurrentIndex(BaselineFile);
        m_baselineFile->setText(QDir::toNativeSeparators(baseline));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language())));
    updateBaselineWidgets();
    checkSchemaDir();
    checkHostProfile();
}

void PreferencesDialog::restoreDefaults()
{
    m_schemaDir->clear();
    m_hostProfile->clear();
    m_exportFormat->setCurrentIndex(0);
    m_baselineKind->setCurrentIndex(BaselineNone);
    m_baselineFile->clear();
    m_language->setCurrentIndex(0);
    checkSchemaDir();
    checkHostProfile();
}

void PreferencesDialog::checkSchemaDir()
{
    const QString dir = QDir::fromNativeSeparators(m_schemaDir->text().trimmed());
    std::string error;
    const auto schema = oci::SchemaValidator::load(dir.toStdString(), error);
    m_schemaOk = schema != nullptr || dir.isEmpty();
    if (schema)
        m_schemaStatus->setText(tr("Found: %1").arg(QString::fromStdString(schema->info().describe())));
    else if (dir.isEmpty())
        m_schemaStatus->setText(tr("No schema was found at build time: schema validation is off."));
    else
        m_schemaStatus->setText(tr("Not usable: %1").arg(QString::fromStdString(error)));
}

void PreferencesDialog::checkHostProfile()
{
    const QString path = QDir::fromNativeSeparators(m_hostProfile->text().trimmed());
    if (path.isEmpty()) {
        m_hostOk = true;
        m_hostStatus->setText(tr("Scenarios without a host profile use the facts of this machine."));
        return;
    }
    oci::HostProfile profile;
    QString error;
    m_hostOk = HostProfileLoader::load(path, &profile, &error);
    m_hostStatus->setText(m_hostOk ? tr("Host profile: kernel %1, %2 devices, %3 capabilities")
                                         .arg(QString::fromStdString(profile.kernel))
                                         .arg(profile.devices.size())
                                         .arg(profile.capabilities.size())
                                   : tr("Not usable: %1").arg(error));
}

void PreferencesDialog::updateBaselineWidgets()
{
    const bool file = m_baselineKind->currentData().toInt() == BaselineFile;
    m_baselineFile->setEnabled(file);
    m_baselineBrowse->setEnabled(file);
}

void PreferencesDialog::browseSchemaDir()
{
    const QString start = m_schemaDir->text().isEmpty() ? QString::fromStdString(oci::SchemaValidator::defaultDir())
                                                        : m_schemaDir->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Runtime-Spec Schema Folder"), start);
    if (dir.isEmpty())
        return;
    m_schemaDir->setText(QDir::toNativeSeparators(dir));
    checkSchemaDir();
}

void PreferencesDialog::browseHostProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Default Host Profile"), m_hostProfile->text(), tr("Host profiles (*.json);;All Files (*)"));
    if (path.isEmpty())
        return;
    m_hostProfile->setText(QDir::toNativeSeparators(path));
    checkHostProfile();
}

void PreferencesDialog::browseBaseline()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Default Diff Baseline"), m_baselineFile->text(), tr("OCI runtime specs (*.json);;All Files (*)"));
    if (!path.isEmpty())
        m_baselineFile->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::accept()
{
    checkSchemaDir();
    checkHostProfile();
    if (!m_schemaOk) {
        m_schemaDir->setFocus();
        return;
    }
    if (!m_hostOk) {
        m_hostProfile->setFocus();
        return;
    }
    Settings::setSchemaDir(QDir::fromNativeSeparators(m_schemaDir->text().trimmed()));
    Settings::setHostProfileFile(QDir::fromNativeSeparators(m_hostProfile->text().trimmed()));
    Settings::setExportFormat(
        m_exportFormat->currentIndex() == 1 ? Settings::ExportFormat::Compact : Settings::ExportFormat::Pretty);
    switch (m_baselineKind->currentData().toInt()) {
    case BaselineDockerDefault:
        Settings::setDefaultBaseline(Settings::dockerDefaultBaseline());
        break;
    case BaselineFile:
        Settings::setDefaultBaseline(QDir::fromNativeSeparators(m_baselineFile->text().trimmed()));
        break;
    default:
        Settings::setDefaultBaseline(QString());
        break;
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Settings::language();
    Settings::setLanguage(language);
    QDialog::accept();
}
