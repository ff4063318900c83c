#include "hostpanel.h"

#include "document.h"
#include "hostprofileloader.h"
#include "rebuilder.h"
#include "speccomparison.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

HostPanel::HostPanel(Document *document, Rebuilder *rebuilder, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_rebuilder(rebuilder)
    , m_origin(new QLabel)
    , m_details(new QLabel)
    , m_embed(new QPushButton(tr("&Embed in Scenario")))
    , m_removeEmbedded(new QPushButton(tr("&Remove from Scenario")))
    , m_default(new QPushButton(tr("Use &Default")))
{
    setObjectName(QStringLiteral("hostPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Docker consults facts about its host: capabilities, device nodes, sysctls, CPUs, "
                                "AppArmor. The spec is built for this host:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setTextFormat(Qt::PlainText);
    QFont bold = m_origin->font();
    bold.setBold(true);
    m_origin->setFont(bold);
    layout->addWidget(m_origin);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    auto *load = new QPushButton(tr("&Load host.json…"));
    load->setToolTip(tr("Build for the host a host.json describes (as ocispec --host); it wins over the "
                        "scenario's own"));
    auto *probe = new QPushButton(tr("&Probe This Machine"));
    probe->setToolTip(tr("Build for this machine: its devices, capabilities and sysctls"));
    m_default->setToolTip(tr("The scenario's embedded host, else the preferences' profile, else this machine"));
    m_embed->setToolTip(tr("Copy the loaded host.json into the scenario's \"host\", so it travels with the file"));
    m_removeEmbedded->setToolTip(tr("Remove the scenario's \"host\""));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addWidget(probe);
    buttons->addWidget(m_default);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *embedding = new QHBoxLayout;
    embedding->addWidget(m_embed);
    embedding->addWidget(m_removeEmbedded);
    embedding->addStretch(1);
    layout->addLayout(embedding);
    layout->addStretch(1);

    connect(load, &QPushButton::clicked, this, &HostPanel::chooseFile);
    connect(probe, &QPushButton::clicked, this, &HostPanel::probeThisMachine);
    connect(m_default, &QPushButton::clicked, this, &HostPanel::useDefault);
    connect(m_embed, &QPushButton::clicked, this, [this] {
        QString error;
        if (!embedLoadedProfile(&error))
            QMessageBox::warning(this, tr("Embed Host Profile"), error);
    });
    connect(m_removeEmbedded, &QPushButton::clicked, this,
            [this] { m_document->removeValue(m_document->resolveFolded(QStringLiteral("/host"))); });
    connect(m_rebuilder, &Rebuilder::snapshotReady, this, &HostPanel::updateSummary);
    connect(m_document, &Document::changed, this, &HostPanel::updateSummary);
    updateSummary();
}

void HostPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Host Profile"), QString(),
                                                      tr("Host profiles (*.json);;All Files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadHostFile(path, &error))
        QMessageBox::warning(this, tr("Load Host Profile"), error);
}

bool HostPanel::loadHostFile(const QString &path, QString *errorMessage)
{
    // The profile's origin is what the status bar and this panel show.
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    oci::HostProfile profile;
    if (!HostProfileLoader::load(clean, &profile, errorMessage))
        return false;
    m_explicit = profile;
    m_loadedPath = clean;
    m_rebuilder->setHost(std::move(profile));
    updateSummary();
    return true;
}

void HostPanel::probeThisMachine()
{
    oci::HostProfile profile = oci::probeLocalHost();
    profile.origin = tr("this machine (probe)").toStdString();
    m_explicit = profile;
    m_loadedPath.clear();
    m_rebuilder->setHost(std::move(profile));
    updateSummary();
}

void HostPanel::useDefault()
{
    m_explicit.reset();
    m_loadedPath.clear();
    m_rebuilder->setHost(std::nullopt);
    updateSummary();
}

bool HostPanel::embedLoadedProfile(QString *errorMessage)
{
    QFile file(m_loadedPath);
    if (m_loadedPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Load a host.json first.");
        return false;
    }
    oci::json::Value value;
    QString error;
    if (!SpecComparison::parse(file.readAll(), value, &error)) {
        if (errorMessage)
            *errorMessage = QDir::toNativeSeparators(m_loadedPath) + QLatin1Char(':') + error;
        return false;
    }
    return m_document->setValueCreatingPath(m_document->resolveFolded(QStringLiteral("/host")), value);
}

QString HostPanel::summary() const
{
    return m_origin->text() + QLatin1Char('\n') + m_details->text();
}

void HostPanel::updateSummary()
{
    const auto snapshot = m_rebuilder->snapshot();
    const QString used = snapshot && snapshot->result ? QString::fromStdString(snapshot->result->hostOrigin)
                                                       : QString();
    m_origin->setText(used.isEmpty() ? tr("(not built yet)") : used);
    QString details;
    if (m_explicit) {
        const oci::HostProfile &h = *m_explicit;
        details = tr("Host name %1, kernel %2; %3 capabilities, %4 device nodes, %5 CPUs (%6); AppArmor %7, SELinux %8.")
                      .arg(QString::fromStdString(h.hostname),
                           h.kernel.empty() ? tr("unknown") : QString::fromStdString(h.kernel))
                      .arg(h.capabilities.size())
                      .arg(h.devices.size())
                      .arg(h.numCPU)
                      .arg(QString::fromStdString(h.cpus), h.appArmor ? tr("on") : tr("off"),
                           h.seLinux ? tr("on") : tr("off"));
    } else if (m_document->value(m_document->resolveFolded(QStringLiteral("/host")))) {
        details = tr("The scenario embeds its host profile (its \"host\" key; Raw tab).");
    }
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_embed->setEnabled(!m_loadedPath.isEmpty());
    m_removeEmbedded->setEnabled(m_document->value(m_document->resolveFolded(QStringLiteral("/host"))) != nullptr);
    m_default->setEnabled(m_explicit.has_value());
}
