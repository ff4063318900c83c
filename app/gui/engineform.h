#pragma once

// The engine a container scenario is built on: the daemon's settings, the
// user-namespace remapping, the other containers it knows, and the image's
// user and group files.

#include <QCoreApplication>

class Document;
class FormPage;
class QWidget;

class EngineForm
{
    Q_DECLARE_TR_FUNCTIONS(EngineForm)
public:
    static FormPage *create(Document *document, QWidget *parent = nullptr);
};
