#include "inputfile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace ocispec {

namespace {

void ioError(const std::string &file, const std::string &message)
{
    std::cerr << file << ": error io: " << message << '\n';
}

} // namespace

bool InputFile::load(const std::string &path)
{
    m_name = path;
    m_text.clear();
    int fd = STDIN_FILENO;
    if (path != "-") {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            ioError(path, std::strerror(errno));
            return false;
        }
        struct stat st {};
        if (::fstat(fd, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                ::close(fd);
                ioError(path, "is a directory, not a file");
                return false;
            }
            if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > kMaxBytes) {
                ::close(fd);
                ioError(path, "file is " + std::to_string(st.st_size) + " bytes; inputs are limited to "
                                  + std::to_string(kMaxBytes >> 20) + " MiB");
                return false;
            }
            if (S_ISREG(st.st_mode))
                m_text.reserve(static_cast<std::size_t>(st.st_size));
        }
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ioError(path, std::strerror(errno));
            if (fd != STDIN_FILENO)
                ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        m_text.append(buffer, static_cast<std::size_t>(n));
        if (m_text.size() > kMaxBytes) {
            if (fd != STDIN_FILENO)
                ::close(fd);
            ioError(path, "input exceeds " + std::to_string(kMaxBytes >> 20) + " MiB");
            return false;
        }
    }
    if (fd != STDIN_FILENO)
        ::close(fd);
    oci::json::ParseError error;
    oci::json::ParseOptions options;
    options.invalidUtf8IsError = true;
    if (!oci::json::parse(m_text, m_root, error, options)) {
        std::cerr << path << ':' << error.location.line << ':' << error.location.column
                  << ": error parse: " << error.message << '\n';
        return false;
    }
    return true;
}

bool writeFileAtomically(const std::string &path, const std::string &contents)
{
    std::string dir = ".";
    const std::size_t slash = path.rfind('/');
    if (slash != std::string::npos)
        dir = slash == 0 ? "/" : path.substr(0, slash);
    std::string tmpl = dir + "/.ocispec-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        ioError(path, std::string("cannot create a file in ") + dir + ": " + std::strerror(errno));
        return false;
    }
    const char *p = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ioError(path, std::strerror(errno));
            ::close(fd);
            ::unlink(tmpl.c_str());
            return false;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(tmpl.c_str(), path.c_str()) != 0) {
        ioError(path, std::strerror(errno));
        ::unlink(tmpl.c_str());
        return false;
    }
    return true;
}

} // namespace ocispec
