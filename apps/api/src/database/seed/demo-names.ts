import type { Gender } from '@multaqa/contract';
import { duplicateReasons, nameKeys } from '../../participants/duplicates.js';

/** A name in Arabic script and in Latin script, as the participant record keeps it. */
type Name = [ar: string, latin: string];

export interface DemoPerson {
  ar: string;
  latin: string;
  gender: Gender;
}

/** Somali given names and family names, so the Mogadishu cohorts read like the real ones. */
const SOMALI = {
  male: [
    ['عبدي', 'Abdi'],
    ['محمد', 'Mohamed'],
    ['أحمد', 'Ahmed'],
    ['حسن', 'Hassan'],
    ['يوسف', 'Yusuf'],
    ['عمر', 'Omar'],
    ['إبراهيم', 'Ibrahim'],
    ['عبد الرحمن', 'Abdirahman'],
    ['مصطفى', 'Mustafe'],
    ['ليبان', 'Liban'],
    ['سعيد', 'Said'],
    ['بشير', 'Bashir'],
    ['خالد', 'Khalid'],
    ['عثمان', 'Osman'],
    ['عبد القادر', 'Abdikadir'],
    ['شريف', 'Sharif'],
  ],
  female: [
    ['فاطمة', 'Fadumo'],
    ['هودان', 'Hodan'],
    ['آمنة', 'Amina'],
    ['زهرة', 'Zahra'],
    ['سهرة', 'Sahra'],
    ['مريم', 'Maryan'],
    ['نعيمة', 'Naima'],
    ['خديجة', 'Khadija'],
    ['حليمة', 'Halimo'],
    ['عائشة', 'Asha'],
    ['إفراح', 'Ifrah'],
    ['صفية', 'Safiya'],
    ['نصرة', 'Nasra'],
    ['ديقة', 'Deqa'],
    ['حواء', 'Hawo'],
    ['رقية', 'Ruqiya'],
  ],
  family: [
    ['ورسمه', 'Warsame'],
    ['عبد الله', 'Abdullahi'],
    ['نور', 'Nur'],
    ['إسماعيل', 'Ismail'],
    ['حرسي', 'Hirsi'],
    ['جامع', 'Jama'],
    ['فارح', 'Farah'],
    ['دعاله', 'Duale'],
    ['أبوكر', 'Abukar'],
    ['شري', 'Shire'],
    ['إيغال', 'Egal'],
    ['سمتر', 'Samatar'],
    ['غوليد', 'Guled'],
    ['ظاهر', 'Dahir'],
    ['محمود', 'Mohamud'],
    ['عيسى', 'Isse'],
    ['بري', 'Barre'],
    ['جيدي', 'Gedi'],
    ['قاسم', 'Qasim'],
    ['روبله', 'Roble'],
    ['كاهن', 'Kahin'],
    ['وايس', 'Wais'],
  ],
} satisfies Record<string, Name[]>;

export type Region = 'arab' | 'westAfrica' | 'eastAfrica' | 'asia';

/** Given names and family names by region, for the international events' attendees. */
const REGIONS: Record<Region, { male: Name[]; female: Name[]; family: Name[] }> = {
  arab: {
    male: [
      ['خالد', 'Khalid'],
      ['كريم', 'Karim'],
      ['طارق', 'Tarek'],
      ['حمزة', 'Hamza'],
      ['نبيل', 'Nabil'],
      ['سمير', 'Samir'],
      ['يوسف', 'Youssef'],
      ['مهدي', 'Mehdi'],
      ['فيصل', 'Faisal'],
      ['رشيد', 'Rachid'],
      ['أنس', 'Anas'],
      ['زياد', 'Ziad'],
    ],
    female: [
      ['سلمى', 'Salma'],
      ['ليلى', 'Leila'],
      ['نادية', 'Nadia'],
      ['رانيا', 'Rania'],
      ['خديجة', 'Khadija'],
      ['سميرة', 'Samira'],
      ['ياسمين', 'Yasmine'],
      ['نورة', 'Noura'],
      ['إيمان', 'Imane'],
      ['داليا', 'Dalia'],
      ['سارة', 'Sara'],
      ['لبنى', 'Loubna'],
    ],
    family: [
      ['الحربي', 'Al-Harbi'],
      ['بن علي', 'Benali'],
      ['العمراني', 'El Amrani'],
      ['حداد', 'Haddad'],
      ['منصور', 'Mansour'],
      ['خليل', 'Khalil'],
      ['صالح', 'Saleh'],
      ['ناصر', 'Nasser'],
      ['بكري', 'Bakri'],
      ['بوزيد', 'Bouzid'],
      ['القاسمي', 'Al-Qasimi'],
      ['جابر', 'Jaber'],
      ['الشمري', 'Al-Shammari'],
      ['التازي', 'Tazi'],
    ],
  },
  westAfrica: {
    male: [
      ['موسى', 'Moussa'],
      ['أمادو', 'Amadou'],
      ['عثمان', 'Ousmane'],
      ['إبراهيما', 'Ibrahima'],
      ['باكاري', 'Bakary'],
      ['الشيخ', 'Cheikh'],
      ['عبدولاي', 'Abdoulaye'],
      ['سليمان', 'Souleymane'],
      ['بوبكر', 'Boubacar'],
      ['إدريسا', 'Idrissa'],
      ['سيدو', 'Seydou'],
      ['الأمين', 'Lamine'],
    ],
    female: [
      ['عائشة', 'Aïcha'],
      ['فاتوماتا', 'Fatoumata'],
      ['مريمة', 'Mariama'],
      ['أميناتا', 'Aminata'],
      ['كادياتو', 'Kadiatou'],
      ['أوا', 'Awa'],
      ['روكيا', 'Rokia'],
      ['حواء', 'Hawa'],
      ['أومو', 'Oumou'],
      ['راماتو', 'Ramatou'],
      ['ساليماتا', 'Salimata'],
      ['جينيبا', 'Djeneba'],
    ],
    family: [
      ['ديالو', 'Diallo'],
      ['تراوري', 'Traoré'],
      ['كيتا', 'Keïta'],
      ['ويدراوغو', 'Ouédraogo'],
      ['صو', 'Sow'],
      ['نجاي', 'Ndiaye'],
      ['كوليبالي', 'Coulibaly'],
      ['سيسوكو', 'Sissoko'],
      ['توري', 'Touré'],
      ['كامارا', 'Camara'],
      ['ماحامات', 'Mahamat'],
      ['يوسفو', 'Issoufou'],
      ['كابوري', 'Kaboré'],
      ['مايغا', 'Maïga'],
    ],
  },
  eastAfrica: {
    male: [
      ['جيمس', 'James'],
      ['دانيال', 'Daniel'],
      ['صموئيل', 'Samuel'],
      ['بيتر', 'Peter'],
      ['جوزيف', 'Joseph'],
      ['أبيبي', 'Abebe'],
      ['داويت', 'Dawit'],
      ['براين', 'Brian'],
      ['ديفيد', 'David'],
      ['موسى', 'Moses'],
      ['إلياس', 'Elias'],
      ['كينيدي', 'Kennedy'],
    ],
    female: [
      ['غريس', 'Grace'],
      ['ميرسي', 'Mercy'],
      ['فيث', 'Faith'],
      ['تيجيست', 'Tigist'],
      ['هيوت', 'Hiwot'],
      ['إستر', 'Esther'],
      ['روث', 'Ruth'],
      ['زينب', 'Zainab'],
      ['نعومي', 'Naomi'],
      ['ليديا', 'Lydia'],
      ['جوي', 'Joy'],
      ['مكدس', 'Makeda'],
    ],
    family: [
      ['أوكيلو', 'Okello'],
      ['موانغي', 'Mwangi'],
      ['أوتيينو', 'Otieno'],
      ['كيبروب', 'Kiprop'],
      ['تسفاي', 'Tesfaye'],
      ['بيكيلي', 'Bekele'],
      ['موغيشا', 'Mugisha'],
      ['وانجيرو', 'Wanjiru'],
      ['أوموندي', 'Omondi'],
      ['كاماو', 'Kamau'],
      ['هيلي', 'Haile'],
      ['نسوبوغا', 'Nsubuga'],
      ['ماكونين', 'Makonnen'],
      ['أكينيي', 'Akinyi'],
    ],
  },
  asia: {
    male: [
      ['أغوس', 'Agus'],
      ['حكيم', 'Hakim'],
      ['عمران', 'Imran'],
      ['بلال', 'Bilal'],
      ['أمره', 'Emre'],
      ['مهمت', 'Mehmet'],
      ['فرحان', 'Farhan'],
      ['فكري', 'Fikri'],
      ['عارف', 'Arif'],
      ['أوسمان', 'Usman'],
      ['بودي', 'Budi'],
      ['كمال', 'Kemal'],
    ],
    female: [
      ['سيتي', 'Siti'],
      ['عائشة', 'Aisyah'],
      ['زينب', 'Zeynep'],
      ['إليف', 'Elif'],
      ['ديوي', 'Dewi'],
      ['بوتري', 'Putri'],
      ['ثناء', 'Sana'],
      ['حراء', 'Hira'],
      ['إنتان', 'Intan'],
      ['نور العين', 'Nurul Ain'],
      ['مليكة', 'Malika'],
      ['أيشة', 'Ayşe'],
    ],
    family: [
      ['رحمن', 'Rahman'],
      ['هداية', 'Hidayat'],
      ['يلماز', 'Yılmaz'],
      ['دمير', 'Demir'],
      ['خان', 'Khan'],
      ['قريشي', 'Qureshi'],
      ['سيريغار', 'Siregar'],
      ['كايا', 'Kaya'],
      ['مالك', 'Malik'],
      ['سانتوسو', 'Santoso'],
      ['أرسلان', 'Arslan'],
      ['إسكندر', 'Iskandar'],
      ['شودري', 'Chaudhry'],
      ['وحيدي', 'Wahidi'],
    ],
  },
};

const join = (...parts: Name[]): [string, string] => [
  parts.map((p) => p[0]).join(' '),
  parts.map((p) => p[1]).join(' '),
];

/**
 * The n-th person of a gender drawn from given names × family names: every pair is used once
 * before any repeats, walking the family names at a stride so neighbours differ in both parts.
 */
function pick(given: Name[], family: Name[], n: number): Name[] {
  const round = Math.floor(n / given.length);
  return [given[n % given.length], family[(n + round * 5) % family.length]];
}

/**
 * Names already given out, so that no new one looks like an earlier one to the duplicate
 * finder (which compares names within an institution): the demo shows no false duplicates.
 */
class Taken {
  private readonly keys: ReturnType<typeof personKey>[] = [];

  constructor(people: DemoPerson[] = []) {
    for (const p of people) this.keys.push(personKey(p));
  }

  /** Takes the name unless it is too close to one already taken. */
  take(person: DemoPerson): boolean {
    const key = personKey(person);
    if (this.keys.some((k) => duplicateReasons(key, k).length > 0)) return false;
    this.keys.push(key);
    return true;
  }
}

const personKey = (p: DemoPerson) => ({
  ...nameKeys(p.ar, p.latin),
  email: null,
  phone: null,
  institutionId: 'same',
});

/** The first candidate from `n` on that is not too close to a taken name. */
function firstFree(candidate: (n: number) => DemoPerson, from: number, taken: Taken, pool: number) {
  for (let n = from; n < from + pool; n += 1) {
    const person = candidate(n);
    if (taken.take(person)) return { person, n };
  }
  throw new Error('The demo ran out of distinct names');
}

/**
 * Somali officials of the given genders after `existing`: given name, father's name and
 * grandfather's name, as Somali names are written.
 */
export function somaliOfficials(existing: DemoPerson[], genders: Gender[]): DemoPerson[] {
  const taken = new Taken(existing);
  const next = { female: 0, male: 0 };
  const candidate = (gender: Gender) => (index: number) => {
    const [given, father] = pick(SOMALI[gender], SOMALI.family, index);
    const grandfather = SOMALI.family[(index * 7 + 3) % SOMALI.family.length];
    const parts = grandfather === father ? [given, father] : [given, father, grandfather];
    const [ar, latin] = join(...parts);
    return { ar, latin, gender };
  };
  return genders.map((gender) => {
    const { person, n } = firstFree(candidate(gender), next[gender], taken, 1000);
    next[gender] = n + 1;
    return person;
  });
}

/** Counts per region and gender, so every call continues where the previous one stopped. */
export class NameSource {
  private readonly used = new Map<string, number>();
  private readonly taken = new Map<Region, Taken>();

  next(region: Region, gender: Gender): DemoPerson {
    const key = `${region}:${gender}`;
    const pool = REGIONS[region];
    if (!this.taken.has(region)) this.taken.set(region, new Taken());
    const { person, n } = firstFree(
      (index) => {
        const [ar, latin] = join(...pick(pool[gender], pool.family, index));
        return { ar, latin, gender };
      },
      this.used.get(key) ?? 0,
      this.taken.get(region)!,
      pool[gender].length * pool.family.length,
    );
    this.used.set(key, n + 1);
    return person;
  }
}
