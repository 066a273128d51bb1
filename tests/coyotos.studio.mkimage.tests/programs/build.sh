#!/usr/bin/env bash
# Builds the i386 programs the mkimage import tests load, with Debian's gcc -m32 (package gcc-multilib), into
# $1/lib laid out as the Coyotos images name them on mkimage's library path (-L). Our own programs, not Coyotos's:
# they give loadimage real ELF files of the three layouts the images expect.
#   protospace       one page at address 0 (coyotos/ProtoSpace)
#   small            from 0x2000, below 64 KiB (programs that coyotos.Util.load_small_image loads)
#   large            at the default 0x08048000, with a .bss of three pages (Image.load_elf)
#   byhand           text at 0x1000, data at 0x3000 (sys/arch/i386/test-image/by-hand/Makefile LINKOPTS)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: build.sh OUTPUT-DIR}"
command -v gcc >/dev/null || { echo "build.sh: gcc is missing (apt-get install -y gcc gcc-multilib)" >&2; exit 1; }
flags=(-m32 -nostdlib -static -fno-pic -no-pie -fno-asynchronous-unwind-tables -fno-stack-protector -O1
       -Wl,--build-id=none -Wl,-z,norelro -Wl,-z,noseparate-code -Wl,-z,max-page-size=4096 -Wl,-e,_start)
bin="$out/bin"
lib="$out/lib"
rm -rf "$out"
mkdir -p "$bin" "$lib/coyotos/driver" "$lib/coyotos/stream"
if ! gcc "${flags[@]}" -Wl,-Ttext=0 -o "$bin/protospace" "$here/protospace.S" 2>"$out/gcc.log"; then
  cat "$out/gcc.log" >&2
  echo "build.sh: gcc -m32 failed; is gcc-multilib installed? (apt-get install -y gcc-multilib)" >&2
  exit 1
fi
gcc "${flags[@]}" -Wl,-Ttext-segment=0x2000 -o "$bin/small" "$here/counter.c"
gcc "${flags[@]}" -o "$bin/large" "$here/counter.c"
gcc "${flags[@]}" -Wl,-Ttext,0x1000 -Wl,-Tdata,0x3000 -o "$bin/byhand" "$here/counter.c"

cp "$bin/protospace" "$lib/coyotos/ProtoSpace"
for n in coyotos/SpaceBank coyotos/Constructor coyotos/ElfSpace coyotos/VirtualCopySpace coyotos/driver/TextConsole \
         testAppInt testProg testConstructor testHandler testMalloc testPhysRange; do
  cp "$bin/small" "$lib/$n"
done
cp "$bin/large" "$lib/counter-large"
cp "$bin/small" "$lib/counter-small"
cp "$bin/protospace" "$lib/protospace"
for n in coyotos/stream/Null coyotos/stream/Zero HelloWorld NullStream ZeroStream testCaptemp testLargeModel \
         testTextConsole testUnknownRequest; do
  cp "$bin/large" "$lib/$n"
done
for n in add_data bpt bpt_midpage hlt inc_eax into ipc klog ldcap null_call null_sendonly openrcv stcap; do
  cp "$bin/byhand" "$lib/$n.exe"
done
echo "build.sh: i386 test programs in $lib"
