import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/analyze';
import { detectLanguage } from '@/lib/analysis/text/language';

const NOW = Date.UTC(2026, 2, 2, 12);

describe('detectLanguage', () => {
  it.each([
    ['spa', 'Mi pedido llegó roto y nadie me responde desde hace una semana. ¿Qué pasa con ustedes?'],
    ['spa', 'Descubre nuestra nueva colección de primavera y compra ahora con envío gratis.'],
    ['deu', 'Meine Bestellung ist seit zwei Wochen nicht angekommen und der Kundendienst antwortet nicht.'],
    ['deu', 'Jetzt anmelden und den kostenlosen Leitfaden herunterladen!'],
    ['fra', "Ma commande n'est jamais arrivée et personne ne répond à mes messages depuis dix jours."],
    ['fra', 'Découvrez notre nouvelle gamme et inscrivez-vous à la newsletter dès aujourd’hui.'],
    ['hin', 'मेरा ऑर्डर अभी तक नहीं आया है और कोई जवाब नहीं दे रहा है।'],
    ['jpn', '注文した商品がまだ届きません。どうなっていますか？'],
    ['pol', 'Moje zamówienie nie dotarło i nikt nie odpowiada na wiadomości od tygodnia.'],
    ['tur', 'Siparişim hâlâ gelmedi ve bir haftadır kimse bana cevap vermiyor, bu çok kötü.'],
    ['ind', 'Pesanan saya belum sampai dan tidak ada yang membalas pesan saya sejak minggu lalu.'],
  ])('reads %s and says the cues do not cover it', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ lang, decided: true, covered: false });
  });

  it.each([
    'My order arrived broken and nobody has answered me for a week. What is going on?',
    'Sign up today and grab the free guide, link in bio!',
    '@airline sat at the gate for 5 hrs still sitting.. Sigh',
    '@shop can you help us figure out our six digit confirmation number?',
    // No function words of any language: a headline or a list of nouns is not handed to the detector to guess.
    'Spring launch: planner webinar, coffee tasting, bakery menu, weekend event, free trial #sale',
    'Autumn Collection Preview — Handmade Ceramics, Linen Throws, Candles',
  ])('reads English as covered: %s', (text) => {
    expect(detectLanguage(text)).toMatchObject({ lang: 'eng', covered: true });
  });

  it.each(['ok 👍', 'gracias', 'danke!', 'Merci 🙏', '了解', 'lol same', '', '#FelizLunes 🌍 https://example.com/a/b/c'])(
    'decides nothing on too little evidence: %j',
    (text) => {
      expect(detectLanguage(text)).toEqual({ lang: 'und', decided: false, covered: true });
    },
  );

  it('leaves links, handles, hashtags and emoji out of the evidence', () => {
    const text = '@marca_oficial #OfertaDeVerano https://example.com/oferta 🎉🎉 Thanks for the quick fix, it works now';
    expect(detectLanguage(text).covered).toBe(true);
  });

  it('reads a bounded prefix of long text', () => {
    const text = 'Meine Bestellung ist seit zwei Wochen nicht angekommen und der Kundendienst antwortet nicht. '.repeat(500);
    expect(detectLanguage(text).lang).toBe('deu');
  });
});

describe('checks stay quiet where they cannot read', () => {
  it('a Spanish post gets no CTA reading and one calm note', () => {
    const report = analyze(
      {
        platform: 'linkedin',
        kind: 'post',
        text: 'Compra ahora nuestra nueva colección con envío gratis. ¡Regístrate hoy y descarga la guía!',
      },
      { now: NOW },
    );
    expect(report.ctas).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId.startsWith('cta/'))).toEqual([]);
    const notes = report.notes.filter((n) => n.includes('English only'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Spanish');
    expect(notes[0]).toContain('call-to-action');
  });

  it('a reply to a German complaint is not told to apologise or take it offline', () => {
    const report = analyze(
      {
        platform: 'x',
        kind: 'reply',
        text: 'Thanks for letting us know.',
        replyTo: { text: 'Meine Bestellung ist seit zwei Wochen nicht angekommen und niemand antwortet. Eine Frechheit!' },
      },
      { now: NOW },
    );
    expect(report.findings.filter((f) => f.ruleId.startsWith('complaint/'))).toEqual([]);
    expect(report.complaint).toBeUndefined();
    const notes = report.notes.filter((n) => n.includes('English only'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('The post this answers looks to be in German');
  });

  it('a French reply to an English complaint is left alone by the complaint checks', () => {
    const report = analyze(
      {
        platform: 'x',
        kind: 'reply',
        text: 'Merci pour votre message, nous regardons cela avec notre équipe technique.',
        replyTo: { text: '@shop I was charged twice for my order and nobody answers. Terrible service.' },
      },
      { now: NOW },
    );
    expect(report.findings.filter((f) => f.ruleId.startsWith('complaint/'))).toEqual([]);
    expect(report.notes.filter((n) => n.includes('English only'))).toHaveLength(1);
  });

  it('Hindi and Japanese posts are not read for asks', () => {
    for (const text of ['अभी खरीदें और मुफ्त गाइड डाउनलोड करें! लिंक बायो में है।', '今すぐ登録して、無料ガイドをダウンロードしてください！']) {
      const report = analyze({ platform: 'instagram', kind: 'post', text }, { now: NOW });
      expect(report.ctas).toEqual([]);
      expect(report.notes.filter((n) => n.includes('English only'))).toHaveLength(1);
    }
  });

  it('says nothing on short text or English', () => {
    for (const text of ['ok 👍', 'Sign up today and grab the free guide, link in bio!']) {
      const report = analyze({ platform: 'x', kind: 'post', text }, { now: NOW });
      expect(report.notes.filter((n) => n.includes('English only'))).toEqual([]);
    }
    const reply = analyze(
      { platform: 'x', kind: 'reply', text: 'So sorry! Please DM us your order number.', replyTo: { text: 'ok 👍' } },
      { now: NOW },
    );
    expect(reply.notes.filter((n) => n.includes('English only'))).toEqual([]);
  });
});
