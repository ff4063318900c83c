#include "syntaxrepository.h"

#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#endif

SyntaxRepository::SyntaxRepository() = default;

SyntaxRepository::~SyntaxRepository() = default;

#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository *SyntaxRepository::repository()
{
    if (!m_repository)
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
    return m_repository.get();
}
#endif
