/* CRC-32 (IEEE 802.3, reflected, table-driven and bitwise) over 64 KiB of pseudo-random bytes, and Adler-32. */
typedef unsigned int u32;
typedef unsigned char u8;

static u32 table[256];
static u8 data[65536];
u32 results[8];

static u32 rng = 0x2545f491;
static u32 next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void make_table(void)
{
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static u32 crc_table(const u8 *p, u32 n)
{
    u32 c = 0xffffffffu;
    while (n--)
        c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

static u32 crc_bitwise(const u8 *p, u32 n)
{
    u32 c = 0xffffffffu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xedb88320u & -(c & 1));
    }
    return ~c;
}

static u32 adler32(const u8 *p, u32 n)
{
    u32 a = 1, b = 0;
    while (n--) {
        a = (a + *p++) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

void test_main(void)
{
    for (u32 i = 0; i < sizeof data; i++)
        data[i] = (u8) next();
    make_table();
    results[0] = crc_table(data, sizeof data);
    results[1] = crc_bitwise(data, 4096);
    results[2] = crc_table(data, 4096);
    results[3] = adler32(data, sizeof data);
    results[4] = crc_table((const u8 *) "123456789", 9);   /* the check value 0xcbf43926 */
}
