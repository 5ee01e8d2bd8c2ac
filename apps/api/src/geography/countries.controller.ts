import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { countriesSchema } from '@multaqa/contract';
import { Public } from '../common/auth/access.decorators.js';
import { ZodResponse } from '../common/validation/decorators.js';
import { COUNTRIES } from './countries.js';

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  @ApiOperation({ summary: 'List countries with their names in each language.' })
  @Get()
  // Public: the registration page needs it before anyone signs in, and it is ISO data.
  @Public()
  @Header('Cache-Control', 'public, max-age=86400')
  @ZodResponse(200, countriesSchema)
  list() {
    return COUNTRIES;
  }
}
