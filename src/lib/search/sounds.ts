/**
 * Pinyin without a dictionary, for typos by sound: each character's toneless syllable found by ICU's
 * pinyin collation (Node and browsers ship it) against the first character of each syllable. Pure.
 */
const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

/**
 * Where each toneless syllable starts in ICU's pinyin order: syllable letters, then the first
 * character sorted under it ("ju居" …). Any character's syllable is then found by a binary search with
 * the collator, so a two-kilobyte string stands in for a pinyin dictionary. Derived once from
 * pinyin-pro's readings of the 6,763 GB2312 characters sorted by the collator; it gives one of its
 * own readings for 3,746 of the 3,755 common (level 1) characters. Polyphones read as the collator reads them.
 */
export const SYLLABLE_STARTS = 'a吖ai哎an安ang肮ao凹ba八bai掰ban扳bang邦bao勹bei卑ben奔beng崩bi逼bian边biao灬bie憋bin玢bing冫bo拨bu逋ca嚓cai猜can参cang仓cao操ce册cen岑ceng噌cha叉chai差chan觇chang伥chao抄che车chen抻cheng柽chi吃chong充chou抽chu出chuai揣chuan巛chuang疮chui吹chun春chuo踔ci呲cong匆cou凑cu粗cuan汆cui崔cun村cuo搓da哒dai呆dan丹dang当dao刀de得deng灯di氐dia嗲dian掂diao刁die爹ding丁diu丢dong东dou都du嘟duan端dui堆dun吨duo多e婀en恩er儿fa发fan帆fang匚fei飞fen分feng丰fou缶fu夫ga旮gai该gan甘gang冈gao皋ge戈gen根geng庚gong工gou勾gu估gua瓜guai乖guan关guang光gui归gun丨guo呙ha哈hai咳han顸hang夯hao蒿he诃hei黑hen痕heng亨hong轰hou侯hu乎hua花huai怀huan欢huang肓hui灰hun昏huo耠ji丌jia加jian戋jiang江jiao艽jie阶jin巾jing京jiong冂jiu纠ju居juan娟jue噘jun军ka咔kai开kan刊kang康kao尻ke苛ken肯keng吭kong空kou抠ku刳kua夸kuai蒯kuan宽kuang匡kui亏kun坤kuo扩la垃lai来lan兰lang啷lao捞le仂lei勒leng塄li哩lian奁liang良liao撩lie咧lin拎ling伶liu溜long龙lou娄lu噜lv驴luan娈lve掠lun抡luo罗ma妈mai埋man颟mang邙mao猫mei没men门meng虻mi咪mian宀miao喵mie乜min民ming名miu谬mo摸mou哞mu毪na拿nai乃nan囡nang囔nao孬ne疒nei馁nen恁ng嗯ni妮nian拈niang娘niao鸟nie捏nin您ning宁niu妞nong农nou耨nu奴nv女nuan暖nuo挪o喔ou讴pa趴pai拍pan潘pang乓pao抛pei呸pen喷peng怦pi丕pian偏piao剽pie氕pin姘ping乒po钋pou剖pu仆qi七qia掐qian千qiang呛qiao悄qie且qin亲qing青qiong邛qiu丘qu区quan悛que炔qun逡ran蚺rang禳rao娆re惹ren人reng扔ri日rong戎rou柔ru如ruan阮rui蕤run闰ruo若sa仨sai塞san三sang桑sao搔se色sen森seng僧sha杀shai筛shan山shang伤shao捎she奢shen申sheng升shi尸shou收shu书shua刷shuai衰shuan闩shuang双shui水shun吮shuo说si厶song忪sou嗖su苏suan狻sui虽sun孙suo唆ta他tai胎tan坍tang汤tao涛te忑teng疼ti剔tian天tiao佻tie帖ting厅tong通tou偷tu凸tuan湍tui推tun褪tuo乇wa挖wai歪wan弯wang尢wei危wen温weng翁wo挝wu乌xi夕xia呷xian仙xiang乡xiao枭xie些xin心xing星xiong凶xiu休xu吁xuan轩xue削xun勋ya丫yan恹yang央yao幺ye掖yi一yin因ying应yo哟yong佣you优yu纡yuan鸢yue曰yun晕za匝zai灾zan糌zang赃zao遭ze则zei贼zen怎zeng增zha扎zhai斋zhan沾zhang张zhao钊zhe蜇zhen贞zheng争zhi之zhong中zhou州zhu朱zhuan专zhuang妆zhui隹zhun肫zhuo拙zi孜zong宗zou邹zu租zuan钻zui嘴zun尊zuo嘬';

/** A syllable as speakers who merge zh/z, ch/c, sh/s and -ng/-n say it (申述 for 申诉). */
const loose = (s: string) => s.replace(/^([zcs])h/, '$1').replace(/([aei])ng$/, '$1n');

/**
 * The sound functions over a syllable table (SYLLABLE_STARTS, or the same string fetched by the
 * browser from /search-sounds.json, so the search script does not carry it).
 */
export function soundsOf(table: string) {
  const names: string[] = [];
  const starts: string[] = [];
  for (const m of table.matchAll(/([a-z]+)(\p{Script=Han})/gu)) {
    names.push(m[1] ?? '');
    starts.push(m[2] ?? '');
  }
  const known = new Set(names);
  const loosened = new Map<string, string>();
  const loosely = (s: string) => {
    let l = loosened.get(s);
    if (l === undefined) loosened.set(s, (l = loose(s)));
    return l;
  };
  /** The toneless pinyin syllable of a Chinese character as the collator reads it ("证" → "zheng"); undefined for anything else. */
  const syllables = new Map<string, string | undefined>();
  const syllableOf = (char: string): string | undefined => {
    if (!/^\p{Script=Han}$/u.test(char)) return undefined;
    if (syllables.has(char)) return syllables.get(char);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (collator.compare(starts[mid] ?? '', char) <= 0) lo = mid + 1;
      else hi = mid;
    }
    const syllable = lo > 0 ? names[lo - 1] : names[0];
    syllables.set(char, syllable);
    return syllable;
  };
  /**
   * How alike two characters sound: 2 for the same syllable (a pinyin IME's wrong pick: 举症 for 举证),
   * 1 for the same syllable but for zh/z, ch/c, sh/s or -ng/-n, 0 otherwise (and for the same character).
   * `a` may also be a syllable in letters ("kuan").
   */
  const alike = (a: string, b: string): 0 | 1 | 2 => {
    if (a === b) return 0;
    // A syllable typed in letters (仅退kuan) sounds like the characters it spells.
    const x = /^[a-z]+$/.test(a) ? a : syllableOf(a);
    const y = syllableOf(b);
    if (!x || !y) return 0;
    if (x === y) return 2;
    return loosely(x) === loosely(y) ? 1 : 0;
  };
  /** Latin letters read as pinyin syllables ("tuikuan" → ["tui", "kuan"]), fewest syllables first; undefined when they are not pinyin ("svg"). */
  const spell = (latin: string): string[] | undefined => {
    const best: (string[] | undefined)[] = [[]];
    for (let j = 1; j <= latin.length; j++) {
      for (let i = Math.max(0, j - 6); i < j; i++) {
        const before = best[i];
        const s = latin.slice(i, j);
        if (before && known.has(s) && (!best[j] || before.length + 1 < (best[j]?.length ?? Infinity))) best[j] = [...before, s];
      }
    }
    return best[latin.length];
  };
  return { syllableOf, alike, spell };
}

let builtIn: ReturnType<typeof soundsOf> | undefined;
const own = () => (builtIn ??= soundsOf(SYLLABLE_STARTS));
/** syllableOf over the built-in table. */
export const syllableOf = (char: string) => own().syllableOf(char);
/** How alike two characters sound, over the built-in table (see soundsOf). */
export const soundAlike = (a: string, b: string) => own().alike(a, b);
/** Latin letters as pinyin syllables, over the built-in table (see soundsOf). */
export const pinyinSyllables = (latin: string) => own().spell(latin);
