package ir.vafa.notifications.internal;

import java.util.EnumMap;
import java.util.Map;

import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.TemplateText;

/** The built-in templates of every event and channel, in English and Persian: what a tenant gets until it overrides. */
final class DefaultTemplates {

	private record Texts(TemplateText en, TemplateText fa) {
	}

	private static final Map<EventType, Map<Channel, Texts>> DEFAULTS = new EnumMap<>(EventType.class);

	static {
		put(EventType.TIER_UP,
				email("You are now {tier}, {name}!",
						"Dear {name},\n\nSince {date} you are a {tier} member. Your balance is {balance} points.\n\n"
								+ "Thank you for your loyalty.",
						"{name} عزیز، به سطح {tier} رسیدید",
						"{name} عزیز،\n\nاز {date} عضو سطح {tier} هستید. موجودی شما {balance} امتیاز است.\n\n"
								+ "از وفاداری شما سپاسگزاریم."),
				sms("{name}, you are now {tier} (since {date}). Balance: {balance} points.",
						"{name} عزیز، از {date} در سطح {tier} هستید. موجودی: {balance} امتیاز."));
		put(EventType.TIER_DOWN,
				email("Your tier is now {tier}",
						"Dear {name},\n\nSince {date} your tier is {tier}. Your balance is {balance} points; your next "
								+ "purchases bring you back up.",
						"سطح عضویت شما: {tier}",
						"{name} عزیز،\n\nاز {date} سطح عضویت شما {tier} است. موجودی شما {balance} امتیاز است؛ "
								+ "با خریدهای بعدی دوباره ارتقا می‌یابید."),
				sms("{name}, since {date} your tier is {tier}. Balance: {balance} points.",
						"{name} عزیز، از {date} سطح شما {tier} است. موجودی: {balance} امتیاز."));
		put(EventType.REWARD_AVAILABLE,
				email("A reward is yours: {reward}",
						"Dear {name},\n\n{reward} is yours since {date}. To use it, show this code at the till: "
								+ "{voucher}\n\nYour balance is {balance} points.",
						"جایزه‌ای مال شماست: {reward}",
						"{name} عزیز،\n\n{reward} از {date} مال شماست. برای استفاده، این کد را در صندوق نشان دهید: "
								+ "{voucher}\n\nموجودی شما {balance} امتیاز است."),
				sms("{name}, {reward} is yours. Code at the till: {voucher}",
						"{name} عزیز، {reward} مال شماست. کد در صندوق: {voucher}"));
		put(EventType.REWARD_TO_CHOOSE,
				email("Choose your reward",
						"Dear {name},\n\nA reward is yours to choose: {choices}. Choose by {date}, on your page or at "
								+ "the till; if you do not, the first is given.",
						"جایزه‌تان را انتخاب کنید",
						"{name} عزیز،\n\nیک جایزه برای انتخاب دارید: {choices}. تا {date} در صفحهٔ خودتان یا در صندوق "
								+ "انتخاب کنید؛ اگر انتخاب نکنید، اولی داده می‌شود."),
				sms("{name}, choose your reward by {date}: {choices}.",
						"{name} عزیز، تا {date} جایزه‌تان را انتخاب کنید: {choices}."));
		put(EventType.REWARD_REDEEMED,
				email("Reward issued: {reward}",
						"Dear {name},\n\n{reward} was issued to you on {date} for {points} points. Your balance is "
								+ "{balance} points.",
						"جایزه صادر شد: {reward}",
						"{name} عزیز،\n\n{reward} در {date} با {points} امتیاز برای شما صادر شد. موجودی شما {balance} "
								+ "امتیاز است."),
				sms("{name}, {reward} was issued for {points} points. Balance: {balance} points.",
						"{name} عزیز، {reward} با {points} امتیاز صادر شد. موجودی: {balance} امتیاز."));
		put(EventType.RESERVATION_EXPIRED,
				email("Your reservation of {reward} has lapsed",
						"Dear {name},\n\nThe {reward} reserved for you was not used by {date}; its {points} points are "
								+ "yours again. Your balance is {balance} points.",
						"رزرو {reward} به پایان رسید",
						"{name} عزیز،\n\n{reward} که برای شما رزرو شده بود تا {date} استفاده نشد و {points} امتیاز آن "
								+ "به حساب شما برگشت. موجودی شما {balance} امتیاز است."),
				sms("{name}, your reservation of {reward} lapsed; its {points} points are back. Balance: {balance}.",
						"{name} عزیز، رزرو {reward} به پایان رسید و {points} امتیاز برگشت. موجودی: {balance}."));
		put(EventType.POINTS_EXPIRING,
				email("{points} points expire after {date}",
						"Dear {name},\n\n{points} of your points expire after {date}. Your balance is {balance} "
								+ "points: use them before then.",
						"{points} امتیاز شما پس از {date} منقضی می‌شود",
						"{name} عزیز،\n\n{points} امتیاز شما پس از {date} منقضی می‌شود. موجودی شما {balance} امتیاز "
								+ "است؛ پیش از آن از آن‌ها استفاده کنید."),
				sms("{name}, {points} points expire after {date}. Balance: {balance}.",
						"{name} عزیز، {points} امتیاز شما پس از {date} منقضی می‌شود. موجودی: {balance}."));
	}

	private DefaultTemplates() {
	}

	static TemplateText of(EventType event, Channel channel, String language) {
		Texts texts = DEFAULTS.get(event).get(channel);
		return "en".equals(language) ? texts.en() : texts.fa();
	}

	private static void put(EventType event, Texts email, Texts sms) {
		Map<Channel, Texts> byChannel = new EnumMap<>(Channel.class);
		byChannel.put(Channel.EMAIL, email);
		byChannel.put(Channel.SMS, sms);
		DEFAULTS.put(event, byChannel);
	}

	private static Texts email(String enSubject, String enBody, String faSubject, String faBody) {
		return new Texts(new TemplateText(enSubject, enBody), new TemplateText(faSubject, faBody));
	}

	private static Texts sms(String en, String fa) {
		return new Texts(new TemplateText(null, en), new TemplateText(null, fa));
	}
}
