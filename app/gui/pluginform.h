#pragma once

// The form of a plugin scenario: every manifest field that reaches the
// spec, the `docker plugin set` arguments, and where the plugin is installed.

#include <QCoreApplication>
#include <QString>

class Document;
class FormPage;
class QWidget;

class PluginForm
{
    Q_DECLARE_TR_FUNCTIONS(PluginForm)
public:
    static FormPage *create(Document *document, QWidget *parent = nullptr);
    // "sys_admin" → "CAP_SYS_ADMIN": how Docker compares capability names.
    static QString normalizeCapability(const QString &name);
};
