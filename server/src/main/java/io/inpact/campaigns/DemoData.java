package io.inpact.campaigns;

import io.inpact.api.common.AgeGroup;
import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Niche;
import io.inpact.api.common.Platform;
import java.util.List;

/** The cast of the demo: believable brands and creators across the niches. */
final class DemoData {

    static final String PASSWORD = "InPact-demo-2026";
    static final String DEMO_BRAND_EMAIL = "brand@demo.inpact.dev";
    static final String DEMO_CREATOR_EMAIL = "creator@demo.inpact.dev";

    record Brand(String username, String company, String industry, Niche niche) {
    }

    record Creator(String username, String name, Niche niche, Niche second, Platform platform, String place,
                   String secondPlace, AgeGroup core, long views) {
    }

    record CampaignIdea(String title, String description, Platform platform, DeliverableType type, int count) {
    }

    private DemoData() {
    }

    static final List<Brand> BRANDS = List.of(
            new Brand("demo_brand", "Peak Form Nutrition", "Sports nutrition", Niche.FITNESS),
            new Brand("lumen_skin", "Lumen Skincare", "Cosmetics", Niche.BEAUTY),
            new Brand("threadline", "Threadline Apparel", "Fashion retail", Niche.FASHION),
            new Brand("kitchen_kin", "Kitchen Kin", "Cookware", Niche.FOOD),
            new Brand("pixelforge", "PixelForge Gaming", "Gaming peripherals", Niche.GAMING),
            new Brand("voltbyte", "VoltByte", "Consumer electronics", Niche.TECH),
            new Brand("wanderlust_air", "Wanderlust Air", "Travel", Niche.TRAVEL),
            new Brand("casa_calma", "Casa Calma", "Home goods", Niche.HOME),
            new Brand("coinwise", "Coinwise", "Personal finance app", Niche.FINANCE),
            new Brand("brightpath", "BrightPath Learning", "EdTech", Niche.EDUCATION),
            new Brand("little_steps", "Little Steps", "Baby products", Niche.PARENTING),
            new Brand("soundwave", "Soundwave Audio", "Audio", Niche.MUSIC),
            new Brand("fieldhouse", "Fieldhouse Sports", "Sporting goods", Niche.SPORTS),
            new Brand("torque_lab", "Torque Lab", "Car care", Niche.AUTOMOTIVE),
            new Brand("pawsome", "Pawsome Pets", "Pet food", Niche.PETS),
            new Brand("daily_grind", "Daily Grind Coffee", "Coffee", Niche.FOOD),
            new Brand("glowup", "GlowUp Cosmetics", "Cosmetics", Niche.BEAUTY),
            new Brand("stride_run", "Stride Running", "Running shoes", Niche.FITNESS),
            new Brand("nomad_pack", "Nomad Pack Co.", "Travel gear", Niche.TRAVEL),
            new Brand("codecraft", "CodeCraft Academy", "Coding bootcamp", Niche.EDUCATION),
            new Brand("greenleaf", "Greenleaf Living", "Sustainable home", Niche.LIFESTYLE),
            new Brand("arcade_one", "Arcade One", "Mobile games", Niche.GAMING),
            new Brand("fintrack", "FinTrack", "Budgeting app", Niche.FINANCE),
            new Brand("urban_thread", "Urban Thread", "Streetwear", Niche.FASHION));

    static final List<Creator> CREATORS = List.of(
            new Creator("demo_creator", "Asha Fit", Niche.FITNESS, Niche.FOOD, Platform.YOUTUBE, "India", "UK", AgeGroup.AGE_18_24, 48_000),
            new Creator("liftwithleo", "Leo Lifts", Niche.FITNESS, Niche.SPORTS, Platform.INSTAGRAM, "USA", "Canada", AgeGroup.AGE_25_34, 32_000),
            new Creator("yoga_mira", "Mira Yoga", Niche.FITNESS, Niche.LIFESTYLE, Platform.YOUTUBE, "India", "USA", AgeGroup.AGE_25_34, 61_000),
            new Creator("glam_by_zoe", "Zoe Glam", Niche.BEAUTY, Niche.FASHION, Platform.TIKTOK, "USA", "UK", AgeGroup.AGE_18_24, 120_000),
            new Creator("skin_science", "Dr. Priya Skin", Niche.BEAUTY, Niche.EDUCATION, Platform.YOUTUBE, "India", "UAE", AgeGroup.AGE_25_34, 85_000),
            new Creator("nailedit_nia", "Nia Nails", Niche.BEAUTY, Niche.LIFESTYLE, Platform.INSTAGRAM, "UK", "USA", AgeGroup.AGE_18_24, 22_000),
            new Creator("thrift_theo", "Theo Thrifts", Niche.FASHION, Niche.LIFESTYLE, Platform.TIKTOK, "UK", "Germany", AgeGroup.AGE_18_24, 74_000),
            new Creator("sartorial_sam", "Sam Sartorial", Niche.FASHION, Niche.TRAVEL, Platform.INSTAGRAM, "Italy", "France", AgeGroup.AGE_25_34, 39_000),
            new Creator("street_style_kai", "Kai Street", Niche.FASHION, Niche.MUSIC, Platform.TIKTOK, "Japan", "USA", AgeGroup.AGE_13_17, 150_000),
            new Creator("spice_route", "Spice Route Kitchen", Niche.FOOD, Niche.TRAVEL, Platform.YOUTUBE, "India", "UK", AgeGroup.AGE_25_34, 95_000),
            new Creator("bake_with_bea", "Bea Bakes", Niche.FOOD, Niche.PARENTING, Platform.INSTAGRAM, "USA", "Canada", AgeGroup.AGE_35_44, 28_000),
            new Creator("plantplate", "Plant Plate", Niche.FOOD, Niche.LIFESTYLE, Platform.TIKTOK, "Germany", "Netherlands", AgeGroup.AGE_18_24, 56_000),
            new Creator("respawn_raj", "Raj Respawns", Niche.GAMING, Niche.TECH, Platform.TWITCH, "India", "USA", AgeGroup.AGE_18_24, 40_000),
            new Creator("speedrun_sia", "Sia Speedruns", Niche.GAMING, Niche.MUSIC, Platform.YOUTUBE, "USA", "Brazil", AgeGroup.AGE_13_17, 210_000),
            new Creator("cozy_quests", "Cozy Quests", Niche.GAMING, Niche.LIFESTYLE, Platform.TWITCH, "Canada", "UK", AgeGroup.AGE_25_34, 18_000),
            new Creator("gadget_guru", "Gadget Guru", Niche.TECH, Niche.EDUCATION, Platform.YOUTUBE, "India", "USA", AgeGroup.AGE_25_34, 310_000),
            new Creator("byte_size_ben", "Ben Byte", Niche.TECH, Niche.FINANCE, Platform.X, "USA", "UK", AgeGroup.AGE_35_44, 15_000),
            new Creator("desk_setups", "Desk Setups Daily", Niche.TECH, Niche.HOME, Platform.INSTAGRAM, "Germany", "USA", AgeGroup.AGE_25_34, 44_000),
            new Creator("backpack_bianca", "Bianca Backpacks", Niche.TRAVEL, Niche.FOOD, Platform.YOUTUBE, "Brazil", "Portugal", AgeGroup.AGE_25_34, 67_000),
            new Creator("weekend_wander", "Weekend Wander", Niche.TRAVEL, Niche.LIFESTYLE, Platform.INSTAGRAM, "UK", "Spain", AgeGroup.AGE_35_44, 23_000),
            new Creator("slow_travel_sol", "Sol Slow Travel", Niche.TRAVEL, Niche.EDUCATION, Platform.BLOG, "Mexico", "USA", AgeGroup.AGE_45_54, 12_000),
            new Creator("minimal_mona", "Mona Minimal", Niche.LIFESTYLE, Niche.HOME, Platform.YOUTUBE, "Sweden", "Germany", AgeGroup.AGE_25_34, 52_000),
            new Creator("morning_routine", "Morning Routine Max", Niche.LIFESTYLE, Niche.FITNESS, Platform.TIKTOK, "USA", "Canada", AgeGroup.AGE_18_24, 88_000),
            new Creator("money_mentor", "Money Mentor Meera", Niche.FINANCE, Niche.EDUCATION, Platform.YOUTUBE, "India", "Singapore", AgeGroup.AGE_25_34, 140_000),
            new Creator("frugal_fred", "Frugal Fred", Niche.FINANCE, Niche.LIFESTYLE, Platform.PODCAST, "USA", "UK", AgeGroup.AGE_35_44, 19_000),
            new Creator("study_with_sara", "Study with Sara", Niche.EDUCATION, Niche.TECH, Platform.YOUTUBE, "India", "Pakistan", AgeGroup.AGE_18_24, 99_000),
            new Creator("history_hank", "History Hank", Niche.EDUCATION, Niche.TRAVEL, Platform.YOUTUBE, "USA", "UK", AgeGroup.AGE_35_44, 71_000),
            new Creator("dad_hacks", "Dad Hacks", Niche.PARENTING, Niche.HOME, Platform.INSTAGRAM, "USA", "Australia", AgeGroup.AGE_35_44, 33_000),
            new Creator("tiny_humans", "Tiny Humans Club", Niche.PARENTING, Niche.EDUCATION, Platform.TIKTOK, "UK", "Ireland", AgeGroup.AGE_25_34, 47_000),
            new Creator("beat_lab", "Beat Lab", Niche.MUSIC, Niche.TECH, Platform.YOUTUBE, "Nigeria", "UK", AgeGroup.AGE_18_24, 63_000),
            new Creator("indie_iris", "Iris Indie", Niche.MUSIC, Niche.FASHION, Platform.TIKTOK, "USA", "Canada", AgeGroup.AGE_18_24, 37_000),
            new Creator("court_vision", "Court Vision", Niche.SPORTS, Niche.FITNESS, Platform.YOUTUBE, "USA", "Philippines", AgeGroup.AGE_18_24, 115_000),
            new Creator("cricket_corner", "Cricket Corner", Niche.SPORTS, Niche.EDUCATION, Platform.YOUTUBE, "India", "Australia", AgeGroup.AGE_25_34, 180_000),
            new Creator("garage_gwen", "Gwen's Garage", Niche.AUTOMOTIVE, Niche.TECH, Platform.YOUTUBE, "USA", "Canada", AgeGroup.AGE_35_44, 76_000),
            new Creator("ev_eli", "EV Eli", Niche.AUTOMOTIVE, Niche.TECH, Platform.X, "Germany", "Norway", AgeGroup.AGE_25_34, 21_000),
            new Creator("home_hana", "Hana at Home", Niche.HOME, Niche.LIFESTYLE, Platform.INSTAGRAM, "Japan", "USA", AgeGroup.AGE_25_34, 41_000),
            new Creator("fixit_felix", "Fix-it Felix", Niche.HOME, Niche.AUTOMOTIVE, Platform.YOUTUBE, "UK", "USA", AgeGroup.AGE_45_54, 58_000),
            new Creator("pup_pack", "The Pup Pack", Niche.PETS, Niche.LIFESTYLE, Platform.TIKTOK, "USA", "UK", AgeGroup.AGE_18_24, 230_000),
            new Creator("cat_cafe_chloe", "Chloe's Cat Cafe", Niche.PETS, Niche.FOOD, Platform.INSTAGRAM, "France", "Belgium", AgeGroup.AGE_25_34, 26_000),
            new Creator("run_club_rio", "Rio Run Club", Niche.FITNESS, Niche.TRAVEL, Platform.INSTAGRAM, "Brazil", "USA", AgeGroup.AGE_25_34, 29_000));

    static final List<CampaignIdea> IDEAS = List.of(
            new CampaignIdea("Launch of our new %s line", "We are launching a new %s range and want honest first impressions from creators whose audience trusts them. Show it in your routine and tell people what you really think.", Platform.YOUTUBE, DeliverableType.VIDEO, 1),
            new CampaignIdea("%s summer challenge", "A four-week %s challenge for your community: kick-off post, weekly stories and a wrap-up. We send product and a discount code for your audience.", Platform.INSTAGRAM, DeliverableType.POST, 3),
            new CampaignIdea("Short-form series: 30 days of %s", "Quick, playful short videos featuring our %s products in everyday moments. Creative freedom, light brand guidelines.", Platform.TIKTOK, DeliverableType.SHORT, 4),
            new CampaignIdea("Live Q&A about %s", "Host a live session answering your audience's %s questions with our product specialist as a guest.", Platform.YOUTUBE, DeliverableType.LIVESTREAM, 1));
}
