#pragma once

// Edit > Preferences: the schema folder, the default host profile, the
// export format, the default diff baseline and the UI language. Values are
// checked as they are entered (a schema folder must hold a loadable schema,
// a host profile must decode) and stored in Settings on OK.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // True when OK changed the language (it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }

public Q_SLOTS:
    void accept() override;

private:
    void load();
    void restoreDefaults();
    void checkSchemaDir();
    void checkHostProfile();
    void updateBaselineWidgets();
    void browseSchemaDir();
    void browseHostProfile();
    void browseBaseline();

    QLineEdit *m_schemaDir;
    QPushButton *m_schemaBrowse;
    QLabel *m_schemaStatus;
    QLineEdit *m_hostProfile;
    QPushButton *m_hostBrowse;
    QLabel *m_hostStatus;
    QComboBox *m_exportFormat;
    QComboBox *m_baselineKind;
    QLineEdit *m_baselineFile;
    QPushButton *m_baselineBrowse;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QDialogButtonBox *m_buttons;
    bool m_schemaOk = true;
    bool m_hostOk = true;
    bool m_languageChanged = false;
};
