package fr.unicancer.bench.content;

import java.util.List;

/**
 * The words of generated articles: French and English pairs from oncology and the life of
 * a cancer centre, with accents, elisions ({@code l’immunothérapie}) and acronyms
 * ({@code ONCOVID-19}), so that text search, Markdown rendering and storage see text like
 * the real one.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/** A phrase in both languages. */
	record Pair(String fr, String en) {
	}

	/** A subject of an article: its phrase and the topic tag it goes with. */
	record Subject(String fr, String en, String topic) {
	}

	/** The small list of topic tags articles carry, as in the seed ({@code covid-19}, {@code prevention}). */
	static final List<String> TOPICS = List.of("immunotherapy", "radiotherapy", "screening", "clinical-trials",
			"paediatric-oncology", "supportive-care", "precision-medicine", "covid-19", "prevention", "research");

	static final List<Subject> SUBJECTS = List.of(
			new Subject("l’immunothérapie des cancers du poumon", "immunotherapy for lung cancer", "immunotherapy"),
			new Subject("les cellules CAR-T", "CAR-T cells", "immunotherapy"),
			new Subject("la radiothérapie adaptative", "adaptive radiotherapy", "radiotherapy"),
			new Subject("la protonthérapie", "proton therapy", "radiotherapy"),
			new Subject("le dépistage organisé du cancer du sein", "organised breast cancer screening", "screening"),
			new Subject("le dépistage du cancer colorectal", "colorectal cancer screening", "screening"),
			new Subject("les cancers de l’enfant et de l’adolescent", "cancers in children and adolescents",
					"paediatric-oncology"),
			new Subject("les tumeurs cérébrales pédiatriques", "paediatric brain tumours", "paediatric-oncology"),
			new Subject("l’hormonothérapie du cancer de la prostate", "hormone therapy for prostate cancer",
					"clinical-trials"),
			new Subject("la chimiothérapie néoadjuvante", "neoadjuvant chemotherapy", "clinical-trials"),
			new Subject("les essais de phase précoce", "early-phase trials", "clinical-trials"),
			new Subject("l’oncogériatrie", "geriatric oncology", "supportive-care"),
			new Subject("les soins de support", "supportive care", "supportive-care"),
			new Subject("la qualité de vie après un cancer", "quality of life after cancer", "supportive-care"),
			new Subject("la médecine de précision", "precision medicine", "precision-medicine"),
			new Subject("le séquençage tumoral", "tumour sequencing", "precision-medicine"),
			new Subject("les thérapies ciblées du mélanome", "targeted therapies for melanoma", "precision-medicine"),
			new Subject("la vaccination des patients contre la COVID-19", "COVID-19 vaccination of patients",
					"covid-19"),
			new Subject("la continuité des soins pendant l’épidémie", "continuity of care during the epidemic",
					"covid-19"),
			new Subject("l’arrêt du tabac", "stopping smoking", "prevention"),
			new Subject("l’activité physique adaptée", "adapted physical activity", "prevention"),
			new Subject("les biomarqueurs circulants", "circulating biomarkers", "research"),
			new Subject("l’intelligence artificielle en imagerie", "artificial intelligence in imaging", "research"),
			new Subject("les cancers de l’ovaire", "ovarian cancer", "research"),
			new Subject("les lymphomes de l’adulte", "adult lymphoma", "research"));

	/** How a title begins; {@code {ACR}} is a study acronym, {@code de} asks for "de" before the subject. */
	record Opener(String fr, String en, boolean de) {
	}

	static final List<Opener> OPENERS = List.of(new Opener("Nouvelles données sur", "New data on", false),
			new Opener("Premiers résultats de l’essai {ACR} sur", "First results of the {ACR} trial on", false),
			new Opener("Le réseau Unicancer s’engage sur", "The Unicancer network commits to", false),
			new Opener("Lancement d’un programme national sur", "Launch of a national programme on", false),
			new Opener("Congrès de l’ASCO : avancées sur", "ASCO congress: advances in", false),
			new Opener("Journée d’information sur", "Information day on", false),
			new Opener("Étude {ACR} : l’apport", "{ACR} study: the contribution of", true),
			new Opener("Recommandations sur", "Recommendations on", false),
			new Opener("Retour sur", "Looking back at", false),
			new Opener("{ACR} : un nouvel essai évalue", "{ACR}: a new trial assesses", false),
			new Opener("Ce qu’il faut savoir sur", "What to know about", false),
			new Opener("Les équipes mobilisées autour", "Teams mobilised around", true));

	static final List<Pair> QUALIFIERS = List.of(new Pair("dans les centres de lutte contre le cancer",
			"in comprehensive cancer centres"), new Pair("en Île-de-France", "in Île-de-France"),
			new Pair("à Lyon et à Marseille", "in Lyon and Marseille"), new Pair("chez l’adulte", "in adults"),
			new Pair("chez les patients âgés", "in older patients"), new Pair("au sein du réseau", "across the network"),
			new Pair("avec l’appui de l’INCa", "with the support of INCa"), new Pair("en {YEAR}", "in {YEAR}"),
			new Pair("", ""), new Pair("", ""), new Pair("", ""));

	/** Study acronyms, as the network writes them. */
	static final List<String> ACRONYMS = List.of("ONCOVID-19", "CANTO", "ESME", "UCGI", "PRODIGE", "UNIRAD",
			"SAFIR02", "MyPeBS", "ICARE", "CORIMMUNO-19", "EVIDENCE", "PAPESCO-19", "IMMUNONCOVID-20", "SCANCOVPCR");

	/** Singular subjects of sentences, with {@code {ACR}} for an acronym. */
	static final List<Pair> SENTENCE_SUBJECTS = List.of(new Pair("L’équipe du centre", "The centre’s team"),
			new Pair("Le comité scientifique", "The scientific committee"), new Pair("L’étude", "The study"),
			new Pair("Ce programme", "This programme"), new Pair("L’essai {ACR}", "The {ACR} trial"),
			new Pair("Le réseau Unicancer", "The Unicancer network"), new Pair("Chaque centre", "Each centre"),
			new Pair("La cohorte {ACR}", "The {ACR} cohort"), new Pair("L’unité d’oncologie", "The oncology unit"),
			new Pair("Le service de radiothérapie", "The radiotherapy department"),
			new Pair("La plateforme de génomique", "The genomics platform"),
			new Pair("L’Institut", "The institute"), new Pair("L’analyse intermédiaire", "The interim analysis"));

	static final List<Pair> VERBS = List.of(new Pair("évalue", "assesses"), new Pair("confirme", "confirms"),
			new Pair("montre", "shows"), new Pair("améliore", "improves"), new Pair("accompagne", "supports"),
			new Pair("renforce", "strengthens"), new Pair("précise", "clarifies"), new Pair("mesure", "measures"),
			new Pair("compare", "compares"), new Pair("suit", "follows"), new Pair("documente", "documents"));

	static final List<Pair> OBJECTS = List.of(
			new Pair("l’efficacité de l’immunothérapie", "the efficacy of immunotherapy"),
			new Pair("la tolérance des traitements", "how well treatments are tolerated"),
			new Pair("la survie sans progression", "progression-free survival"),
			new Pair("l’accès aux essais cliniques", "access to clinical trials"),
			new Pair("la qualité de vie des patients", "the patients’ quality of life"),
			new Pair("le parcours de soins", "the care pathway"),
			new Pair("les effets indésirables", "side effects"), new Pair("la réponse tumorale", "the tumour response"),
			new Pair("l’intérêt d’un dépistage précoce", "the value of early screening"),
			new Pair("les données de vie réelle", "real-world data"),
			new Pair("l’expression de PD-L1", "PD-L1 expression"),
			new Pair("la désescalade thérapeutique", "treatment de-escalation"),
			new Pair("le statut HER2 des tumeurs", "the tumours’ HER2 status"),
			new Pair("les mutations BRCA1 et BRCA2", "BRCA1 and BRCA2 mutations"),
			new Pair("l’apport de l’IRM et de la TEP-TDM", "the contribution of MRI and PET-CT"));

	static final List<Pair> COMPLEMENTS = List.of(
			new Pair("chez les patients atteints d’un cancer du sein", "in patients with breast cancer"),
			new Pair("après une chirurgie", "after surgery"), new Pair("à douze mois", "at twelve months"),
			new Pair("dans plusieurs centres de la région", "in several centres of the region"),
			new Pair("grâce à une équipe pluridisciplinaire", "thanks to a multidisciplinary team"),
			new Pair("en lien avec les médecins traitants", "together with general practitioners"),
			new Pair("selon les recommandations de la HAS", "following the HAS guidelines"),
			new Pair("sur une cohorte de 1 200 patients", "in a cohort of 1,200 patients"),
			new Pair("d’ici la fin de l’année", "by the end of the year"),
			new Pair("au cours d’une consultation dédiée", "during a dedicated consultation"),
			new Pair("qu’il s’agisse de tumeurs solides ou d’hémopathies", "whether solid tumours or blood cancers"),
			new Pair("lors de la réunion de concertation pluridisciplinaire (RCP)",
					"at the multidisciplinary team meeting"),
			new Pair("avec le soutien de l’ARS", "with the support of the regional health agency"));

	/** Sentences that stand on their own, between generated ones. */
	static final List<Pair> SENTENCES = List.of(
			new Pair("Il s’agit d’une étape importante pour l’ensemble des patients.",
					"This is an important step for all patients."),
			new Pair("D’après les investigateurs, l’analyse intermédiaire est encourageante.",
					"According to the investigators, the interim analysis is encouraging."),
			new Pair("L’inclusion des premiers patients a eu lieu au printemps.",
					"The first patients were enrolled in the spring."),
			new Pair("Les résultats complets seront présentés lors d’un prochain congrès.",
					"The full results will be presented at a coming congress."),
			new Pair("L’équipe remercie les patients et leurs proches pour leur participation.",
					"The team thanks the patients and their families for taking part."),
			new Pair("Aujourd’hui, près d’un patient sur dix est inclus dans un essai clinique.",
					"Today, nearly one patient in ten takes part in a clinical trial."));

	static final List<Pair> HEADINGS = List.of(new Pair("Contexte", "Background"),
			new Pair("Objectifs de l’étude", "Aims of the study"), new Pair("Principaux résultats", "Main results"),
			new Pair("Pour les patients", "For patients"), new Pair("Perspectives", "Outlook"),
			new Pair("Méthodologie", "Methods"), new Pair("Ce qui change à l’hôpital", "What changes at the hospital"));

	static final Pair MORE = new Pair("Plus d’informations sur le site d’Unicancer", "More on Unicancer’s website");

	/**
	 * Words that appear in titles, for the search scenarios: French (with an elision), English
	 * and an acronym; only those found in some published title are used.
	 */
	static final List<String> SEARCH_TERMS = List.of("immunothérapie", "l’immunothérapie", "radiothérapie",
			"dépistage", "essai", "protonthérapie", "cancer", "immunotherapy", "screening", "trial", "radiotherapy",
			"proton", "ONCOVID-19", "CAR-T");

}
