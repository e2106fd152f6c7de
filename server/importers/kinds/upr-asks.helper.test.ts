import { describe, expect, it } from 'vitest';
import { splitRecommendation } from './upr-asks.helper.ts';
import { resolveAskStates } from './upr-states.helper.ts';

/** The (ask, State) pairs of a recommendation, as UPR Info has one row for each. */
function pairs(body: string): string[] {
  return resolveAskStates(splitRecommendation(body).asks).pairs;
}

describe('upr-asks: grouping lists of States into asks', () => {
  it('counts a State again for another treaty or a coordinate clause', () => {
    expect(pairs('Ratify the Rome Statute (Mexico, Peru), the Convention on Disappearance (Mexico, France), and accept article 14 (Mexico)')).toEqual(['Mexico', 'Peru', 'Mexico', 'France', 'Mexico']);
    expect(pairs('Ratify the Covenant (Romania, Brazil) and the Optional Protocol to the Convention against Torture (Romania and Chile) at the earliest opportunity (Chile)')).toEqual(['Romania', 'Brazil', 'Romania', 'Chile']);
    expect(pairs('To prevent violence against women (Mexico, Russian Federation) and to compile information (Russian Federation)')).toEqual(['Mexico', 'Russian Federation', 'Russian Federation']);
  });

  it('counts a State once within one ask: qualifiers, the instrument’s own protocol, a bare "and" + verb', () => {
    expect(pairs('Establish promptly (Peru; Germany) its planned (Canada) institution (Peru; Germany; Canada; Chad) and begin procedures (Chad; Algeria) so as to facilitate (Chad)')).toEqual(['Peru', 'Germany', 'Canada', 'Chad', 'Algeria']);
    expect(pairs('Ratify the Convention (France, Mexico) and its Optional Protocol (Mexico)')).toEqual(['France', 'Mexico']);
    expect(pairs('Ratify the Convention (Djibouti, Mexico) as well as the Optional Protocol thereto (Mexico)')).toEqual(['Djibouti', 'Mexico']);
    expect(pairs('Abolish the death penalty (Australia) and ratify the Protocol (Australia, Chile)')).toEqual(['Australia', 'Chile']);
    expect(pairs('Accede to CAT (Australia) (Nigeria); as recommended by CEDAW (Nigeria); consider acceding to CAT (Algeria)')).toEqual(['Australia', 'Nigeria', 'Algeria']);
  });

  it('splits the asks one State joined with "; recommends" or ". It also recommended"', () => {
    expect(pairs('That Algeria take measures against violence; recommends the continuation of the moratorium (Italy)')).toEqual(['Italy', 'Italy']);
    expect(pairs('That Algeria strengthen gender mainstreaming. It also recommended that the State pursue its efforts (Nigeria)')).toEqual(['Nigeria', 'Nigeria']);
    // Clauses of one ask joined by semicolons stay one ask.
    expect(pairs('Ensure compliance with the laws; strengthen the legislation; and ensure that fines are imposed (Uruguay)')).toEqual(['Uruguay']);
  });

  it('closes a list of States left open before the next one', () => {
    expect(pairs('Ratify CED (Spain) (France); Consider the possibility of accession to CED (Paraguay (Argentina);')).toEqual(['Spain', 'France', 'Paraguay', 'Argentina']);
    expect(splitRecommendation('Ratify CED (Paraguay (Argentina);').text).toBe('Ratify CED');
    // A name with its own parenthesis is one State.
    expect(pairs('Abolish the death penalty (Iran (Islamic Republic of), France)')).toEqual(['Iran (Islamic Republic of)', 'France']);
  });

  it('reads a State printed one letter off, keeping the name as printed', () => {
    const states = resolveAskStates(splitRecommendation('Ratify and implement CRPD (New Zeeland);').asks);
    expect(states).toMatchObject({ codes: ['NZL'], pairs: ['New Zeeland'], unresolved: [], misspelt: [{ printed: 'New Zeeland', code: 'NZL' }] });
  });

  it('reads merged wordings of several States as one recommendation each', () => {
    expect(pairs('Consider ratifying (Slovenia, Chile), consider acceding to (Ecuador), the Convention against Torture (Slovenia, Chile, Ecuador) and its Optional Protocol (Chile)')).toEqual(['Slovenia', 'Chile', 'Ecuador']);
    expect(pairs('To sign (Germany, Spain)/ratify (Peru) the Covenant (Germany), the Convention (Peru)')).toEqual(['Germany', 'Spain', 'Peru']);
    // A full wording after a slash is a recommendation of its own.
    expect(pairs('Adhere to ICRMW (Uruguay) /Expedite its ratification (Indonesia) / Declare that it recognizes the Committee (Uruguay)')).toEqual(['Uruguay', 'Indonesia', 'Uruguay']);
  });
});
