#pragma once

// The form of a container scenario: the Engine API Config and HostConfig
// fields that reach the spec, grouped as Docker's documentation groups the
// `docker run` options.

#include "choicefield.h"

#include <QCoreApplication>

class Document;
class FormPage;
class QWidget;

class ContainerForm
{
    Q_DECLARE_TR_FUNCTIONS(ContainerForm)
public:
    static FormPage *create(Document *document, QWidget *parent = nullptr);

    // Namespace modes with "container:NAME" for each container the engine
    // knows (the scenario's engine.containers).
    static QList<ChoiceField::Choice> namespaceChoices(const Document *document, const QStringList &modes,
                                                       bool joinContainers);
    // The user names of the image's /etc/passwd.
    static QStringList imageUsers(const Document *document);
};
