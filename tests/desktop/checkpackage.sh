#!/bin/sh
# Builds the .deb with CPack in BUILD_DIR, then checks what it holds, what it
# depends on, and that its binaries start from the extracted tree.
# Usage: checkpackage.sh BUILD_DIR CPACK VERSION
set -eu
build=$1 cpack=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app_id=io.github.ocispecstudio.OciSpecStudio

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# cpack writes to the build folder's _CPack_Packages: its own folder (-B)
# keeps runs of this test apart from a developer's `cpack`.
if ! (cd "$build" && "$cpack" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB"
fi
deb=$(ls "$work"/out/ocispecstudio_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { ls -l "$work/out" >&2; fail "no ocispecstudio_${version}_*.deb"; }
echo "package: $(basename "$deb") ($(wc -c <"$deb") bytes)"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for f in \
    /usr/bin/ocistudio \
    /usr/bin/ocispec \
    /usr/share/applications/$app_id.desktop \
    /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/mime/packages/$app_id.xml \
    /usr/share/ocistudio/translations/ocistudio_de.qm \
    /usr/share/ocistudio/translations/ocistudio_fr.qm; do
    grep -qx "$f" "$work/files" || { cat "$work/files" >&2; fail "$f is not in the package"; }
done
# Nothing from the build tree or the tests slips in.
if grep -E '/(tests?|fuzz|bench)/|/tst_|\.a$|/include/' "$work/files"; then
    fail "unexpected files in the package"
fi

dpkg-deb -f "$deb" Package Version Depends >"$work/control"
cat "$work/control"
grep -qx "Package: ocispecstudio" "$work/control" || fail "package name"
grep -qx "Version: $version" "$work/control" || fail "version"
for dep in libqt6widgets6 libc6; do
    grep -q "$dep" "$work/control" || fail "Depends lacks $dep"
done
# The SVG icon engine (a plugin: libqt6svg6 or, on Debian 13, qt6-svg-plugins).
grep -Eq "libqt6svg6|qt6-svg-plugins" "$work/control" || fail "Depends lacks the SVG icon engine"

dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/ocispec" --version) || fail "ocispec --version"
echo "ocispec --version: $out"
case $out in *"$version"*) ;; *) fail "ocispec --version does not say $version" ;; esac

# The app starts (offscreen), builds its first spec and quits; in German,
# its menus come from the installed translations.
out=$(QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" LANGUAGE=de LC_ALL=C.UTF-8 \
    timeout 60 "$work/root/usr/bin/ocistudio" --quit-after-start) || fail "ocistudio --quit-after-start"
echo "ocistudio: $out"
case $out in *"&Datei"*) ;; *) fail "ocistudio did not start in German" ;; esac
echo "package OK"
