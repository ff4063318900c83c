#pragma once

// The application's one store of syntax definitions and themes. With KF6
// SyntaxHighlighting it owns the KSyntaxHighlighting::Repository (loading
// it reads every definition, so it is made once, on first use, and shared
// by every highlighter); without KF6 it holds nothing. Callers stay free of
// #ifdefs either way.

#include <memory>

#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
}
#endif

class SyntaxRepository
{
public:
    SyntaxRepository();
    ~SyntaxRepository();
    SyntaxRepository(const SyntaxRepository &) = delete;
    SyntaxRepository &operator=(const SyntaxRepository &) = delete;

#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository *repository();
#endif

private:
#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
#endif
};
