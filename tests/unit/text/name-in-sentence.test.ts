import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  afterPreposition,
  contractArticles,
  nameInSentence,
  namesInSentence,
} from '@borderline/shared';
import {
  addInSentenceFormat,
  contractionsPostProcessor,
} from '../../../client/src/i18n/in-sentence-format';
import { MARKDOWN_WORDS } from '../../../shared/src/report/markdown-words';

describe('a name inside a sentence', () => {
  it('lower-cases the article of a common-noun name', () => {
    expect(nameInSentence('Los cárteles', 'es')).toBe('los cárteles');
    expect(nameInSentence('El abogado de la organización', 'es')).toBe(
      'el abogado de la organización',
    );
    expect(nameInSentence('The Cartels', 'en')).toBe('the Cartels');
    expect(nameInSentence('The White House', 'en')).toBe('the White House');
  });

  it('keeps proper nouns, acronyms and names whose article is their own', () => {
    for (const name of ['Washington', 'Ciudad de México', 'UIF', 'El Salvador', 'La Haya']) {
      expect(nameInSentence(name, 'es')).toBe(name);
    }
    for (const name of ['Washington', 'Mexico City', 'US Senate', 'The Hague', 'Theo']) {
      expect(nameInSentence(name, 'en')).toBe(name);
    }
  });

  it('changes only the article, never the rest of the name', () => {
    expect(nameInSentence('La Casa Blanca', 'es')).toBe('La Casa Blanca');
    expect(nameInSentence('Las Fuerzas Armadas', 'es')).toBe('Las Fuerzas Armadas');
    expect(nameInSentence('Los cárteles del Golfo', 'es')).toBe('los cárteles del Golfo');
  });

  it('lists every name of a list that way', () => {
    expect(namesInSentence(['Washington', 'Los cárteles'], 'es')).toEqual([
      'Washington',
      'los cárteles',
    ]);
  });
});

describe('Spanish contractions', () => {
  it('contract "de el" and "a el" of a common noun, not of a proper noun or "él"', () => {
    expect(contractArticles('Es el turno de el abogado', 'es')).toBe('Es el turno del abogado');
    expect(contractArticles('Plantear el dilema a el abogado', 'es')).toBe(
      'Plantear el dilema al abogado',
    );
    expect(contractArticles('Viene de El Salvador', 'es')).toBe('Viene de El Salvador');
    expect(contractArticles('Se lo dio a él', 'es')).toBe('Se lo dio a él');
    expect(contractArticles('De el abogado', 'es')).toBe('Del abogado');
  });

  it('leave English alone', () => {
    expect(contractArticles('a el', 'en')).toBe('a el');
  });

  it('join a preposition and a name', () => {
    expect(afterPreposition('de', 'El abogado', 'es')).toBe('del abogado');
    expect(afterPreposition('de', 'Los cárteles', 'es')).toBe('de los cárteles');
    expect(afterPreposition('de', 'Washington', 'es')).toBe('de Washington');
    expect(afterPreposition('of', 'The Cartels', 'en')).toBe('of the Cartels');
  });
});

describe('the inSentence format of the page’s strings', () => {
  const make = async (lng: 'en' | 'es', text: string) => {
    const instance = i18next.createInstance();
    await instance.use(contractionsPostProcessor).init({
      lng,
      resources: { [lng]: { translation: { line: text } } },
      interpolation: { escapeValue: false },
      postProcess: ['contractions'],
    });
    addInSentenceFormat(instance);
    // Typed for the page's own keys; this instance holds one test string.
    return instance.t as unknown as (key: string, options: Record<string, string>) => string;
  };

  it('lower-cases the article of the name it receives and contracts the preposition', async () => {
    const es = await make('es', 'Es el turno de {{team, inSentence}}.');
    expect(es('line', { team: 'Los cárteles' })).toBe('Es el turno de los cárteles.');
    expect(es('line', { team: 'El abogado' })).toBe('Es el turno del abogado.');
    expect(es('line', { team: 'Washington' })).toBe('Es el turno de Washington.');
    const en = await make('en', 'It is the turn of {{team, inSentence}}.');
    expect(en('line', { team: 'The Cartels' })).toBe('It is the turn of the Cartels.');
  });
});

describe('the report’s joined words', () => {
  it('name a team inside its sentence', () => {
    expect(MARKDOWN_WORDS.es.cause.action('Los cárteles', 'Mover los laboratorios', 'éxito')).toBe(
      '«Mover los laboratorios» de los cárteles (éxito)',
    );
    expect(MARKDOWN_WORDS.es.decisionPoints.dilemma('El gabinete', 'Denunciar')).toBe(
      'Respuesta del gabinete al dilema: «Denunciar»',
    );
    expect(MARKDOWN_WORDS.en.cause.action('The Cartels', 'Move the labs', 'success')).toBe(
      '“Move the labs” by the Cartels (success)',
    );
  });

  it('give a modifier’s reason its own sentence after a colon', () => {
    expect(
      MARKDOWN_WORDS.es.timeline.modifier(15, 'La inteligencia reunida afina la selección.'),
    ).toBe('+15: La inteligencia reunida afina la selección.');
    expect(MARKDOWN_WORDS.en.timeline.modifier(-10, 'The targets have moved.')).toBe(
      '-10: The targets have moved.',
    );
  });
});
