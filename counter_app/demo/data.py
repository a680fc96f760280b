"""The catalogue the demo shop is made of: names, brands and models, parts, faults."""

from __future__ import annotations

import random
from decimal import Decimal

import phonenumbers

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "文",
    "华",
    "红",
    "玉兰",
    "志强",
    "海燕",
    "晓明",
    "子涵",
    "欣怡",
    "浩然",
    "雨桐",
    "梓萱",
    "宇轩",
    "思远",
    "嘉怡",
    "俊杰",
]
ENGLISH_FIRST = [
    "Mary",
    "John",
    "Amy",
    "Kevin",
    "Grace",
    "Tony",
    "Cindy",
    "Jason",
    "Vivian",
    "Eric",
    "Ivy",
    "Leo",
    "Sandy",
    "Henry",
    "Karen",
    "Michael",
    "Wendy",
    "Peter",
]
ENGLISH_LAST = [
    "Wong",
    "Chan",
    "Lee",
    "Cheung",
    "Lau",
    "Ho",
    "Ng",
    "Lam",
    "Tsang",
    "Liu",
    "Lin",
    "Chen",
    "Huang",
    "Tan",
]

# brand -> [(model, TAC prefix (8 digits), repair price level)]
PHONES: dict[str, list[tuple[str, str, int]]] = {
    "Apple": [
        ("iPhone 15 Pro", "35407115", 3),
        ("iPhone 15", "35396620", 3),
        ("iPhone 14", "35384111", 2),
        ("iPhone 13", "35268019", 2),
        ("iPhone 12", "35300811", 1),
        ("iPhone 11", "35389510", 1),
    ],
    "Huawei": [
        ("Mate 60 Pro", "86781406", 3),
        ("P60", "86712706", 2),
        ("nova 11", "86643005", 1),
        ("Mate 50", "86591605", 2),
    ],
    "Xiaomi": [
        ("14", "86205307", 2),
        ("Redmi Note 13 Pro", "86830106", 1),
        ("13", "86454506", 2),
        ("Redmi K70", "86963507", 1),
    ],
    "OPPO": [("Find X7", "86938406", 2), ("Reno 11", "86771306", 1), ("A79", "86024907", 1)],
    "vivo": [("X100 Pro", "86112306", 2), ("S18", "86290507", 1), ("iQOO 12", "86472906", 1)],
    "Honor": [("Magic6 Pro", "86063207", 2), ("90", "86815506", 1), ("X50", "86742306", 1)],
    "Samsung": [
        ("Galaxy S24 Ultra", "35037133", 3),
        ("Galaxy S23", "35030412", 2),
        ("Galaxy A54", "35097414", 1),
        ("Galaxy Z Flip5", "35219373", 3),
    ],
}
# Devices without an IMEI, identified by serial number.
SERIAL_DEVICES = [
    ("Apple", "MacBook Air M2", "C02"),
    ("Apple", "iPad Air 5", "DMP"),
    ("Huawei", "MatePad 11", "HWM"),
    ("Xiaomi", "Pad 6", "XMP"),
]
COLOURS = ["黑色", "白色", "蓝色", "金色", "紫色", "Graphite", "Silver", "Green"]

# (kind of part, base price by level 1..3, labour text, typical fault)
REPAIRS = [
    ("Screen assembly", (380, 780, 1480), "Replace screen", "屏幕碎裂，触摸失灵"),
    ("Battery", (129, 199, 299), "Replace battery", "电池不耐用，鼓包"),
    ("Charging port", (69, 99, 159), "Replace charging port", "无法充电"),
    ("Back glass", (149, 259, 499), "Replace back glass", "后盖玻璃破裂"),
    ("Rear camera", (199, 389, 699), "Replace rear camera", "相机对焦模糊"),
    ("Loudspeaker", (59, 89, 129), "Replace speaker", "通话听不到声音"),
]
EXTRA_FAULTS = [
    "Water damage, does not power on",
    "进水后无法开机",
    "Stuck on logo after update",
    "信号差，经常无服务",
    "Face ID not working",
    "按键失灵",
    "WiFi cannot connect",
]
ACCESSORIES = ["", "", "Case", "手机壳", "SIM tray", "Charger and cable", "原装盒子和充电器"]
LABOUR = {1: Decimal("50.00"), 2: Decimal("80.00"), 3: Decimal("120.00")}

STAFF = [
    # username, display name, role
    ("amy", "Amy Chen", "clerk"),
    ("wangli", "王丽", "clerk"),
    ("liwei", "李伟", "technician"),
    ("chenjie", "陈杰", "technician"),
    ("tom", "Tom Ho", "technician"),
    ("zhaomin", "赵敏", "inventory"),
]
SUPPLIERS = ["深圳华强北配件行", "广州好配件", "iFix Parts HK", "OEM Direct"]


def phone(rng: random.Random) -> tuple[str, str]:
    """(E.164, reversed national digits): mostly mainland mobiles, some Hong Kong/Taiwan."""
    roll = rng.random()
    if roll < 0.88:
        prefix = rng.choice(
            [
                "135",
                "136",
                "137",
                "138",
                "139",
                "150",
                "151",
                "152",
                "157",
                "158",
                "159",
                "182",
                "183",
                "186",
                "187",
                "188",
                "189",
                "177",
            ]
        )
        national = prefix + f"{rng.randrange(10**8):08d}"
        return "+86" + national, national[::-1]
    while True:  # Hong Kong and Taiwan mobiles, checked like the intake form checks them
        if roll < 0.95:
            national, code = rng.choice("569") + f"{rng.randrange(10**7):07d}", "+852"
        else:
            national, code = "9" + f"{rng.randrange(10**8):08d}", "+886"
        if phonenumbers.is_valid_number(phonenumbers.parse(code + national)):
            return code + national, national[::-1]


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return rng.choice(SURNAMES) + rng.choice(GIVEN)
    return f"{rng.choice(ENGLISH_FIRST)} {rng.choice(ENGLISH_LAST)}"
