# Shared by scripts/run and scripts/test: installs the Debian 12 packages the build needs, when
# some are missing, and configures and builds into a build folder.

# Debian 12 packages for building and testing. With --no-install-recommends Qt Charts needs
# libqt6opengl6-dev and Qt SQL needs its SQLite driver named explicitly.
GPUADVISOR_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-svg-dev fonts-dejavu-core
    xvfb xauth
    desktop-file-utils appstream bash-completion groff-base
    poppler-utils
)

gpuadvisor_install_packages() {
    local missing=()
    local package
    for package in "${GPUADVISOR_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "These packages are missing and installing them needs root: ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}

# gpuadvisor_build DIR BUILD_TYPE [cmake options...]
gpuadvisor_build() {
    local dir=$1 type=$2
    shift 2
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
